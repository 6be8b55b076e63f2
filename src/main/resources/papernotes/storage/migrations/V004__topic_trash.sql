-- Version 4: topics in the trash. Trashing a topic moves the notes in it and below it to the trash; a note in the
-- trash keeps its topic_id (ON DELETE RESTRICT), so the topics that still file a note in the trash stay, marked
-- with the time they were trashed, and are hidden from the tree. Restoring such a note brings its topic (and the
-- topics above it) back; a trashed topic that files no note any more is deleted. A live topic never lies below a
-- trashed one, and a trashed topic files no note outside the trash.
ALTER TABLE topics ADD COLUMN trashed TEXT;
