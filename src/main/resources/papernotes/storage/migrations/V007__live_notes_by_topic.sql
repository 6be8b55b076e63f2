-- The note counts of the topic tree (notes outside the trash by topic) are read from this index alone, instead of
-- scanning every note's row: at 100,000 notes the scan took 200 ms on every save and every sidebar refresh.
CREATE INDEX notes_live_topic ON notes (topic_id) WHERE trashed IS NULL;
