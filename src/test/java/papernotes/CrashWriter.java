package papernotes;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.service.Library;

/// The child process of the crash harness ([CrashHarness]): opens a library as the command line does and writes to
/// it as fast as it can until it is killed — new notes, edits, trash and purge, tag renames, Markdown folder imports
/// and backups, chosen at random. It prints a journal on standard output ([CrashJournal] reads it): before each
/// write what the write is about to change (`BEGIN`, then `EXPECT` lines: each note's state should the write
/// commit), and after the write returned (it committed) `ACK`. So every acknowledged write is known exactly, and a
/// write cut off by the kill is known to be either wholly there or wholly absent.
///
/// Arguments: the library folder, a scratch folder (for the imports' Markdown and the backups), the random seed,
/// the run (a word of letters).
public final class CrashWriter {

    static final String TAG_PREFIX = "crash-";
    /// Above this many notes, new notes give way to trash and purge, so the library stays small over 1,000 kills.
    static final int MOST_NOTES = 160;

    private final Library library;
    private final Path scratch;
    private final Random random;
    private final PrintStream out;
    private int seq;
    /// Which run of the harness this is: part of the words searched for after restart, so they are unique.
    private final String run;

    private CrashWriter(Library library, Path scratch, Random random, PrintStream out, String run) {
        this.run = run;
        this.library = library;
        this.scratch = scratch;
        this.random = random;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        var dir = Path.of(args[0]);
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir), Composition.Options.commands(Clock.systemUTC()));
        var library = composition.open(Optional.of(dir));
        var writer = new CrashWriter(library, Path.of(args[1]), new Random(Long.parseLong(args[2])), out, args[3]);
        writer.say(CrashJournal.READY);
        writer.writeUntilKilled();
    }

    private void writeUntilKilled() throws IOException {
        while (true) {
            seq++;
            int live = library.notes().list(NoteFilter.ALL).size();
            int roll = random.nextInt(100);
            if (roll < 30) {
                if (live < MOST_NOTES) {
                    create();
                } else {
                    trash();
                }
            } else if (roll < 58) {
                edit();
            } else if (roll < 68) {
                trash();
            } else if (roll < 76) {
                purge();
            } else if (roll < 84) {
                renameTag();
            } else if (roll < 93) {
                if (live < MOST_NOTES) {
                    importFolder();
                } else {
                    purge();
                }
            } else {
                backup();
            }
        }
    }

    /// One journal line, written whole (a line the kill cuts off lacks its end and is ignored).
    private void say(String line) {
        out.println(line + CrashJournal.END);
    }

    private void begin(String kind) {
        say("BEGIN " + seq + " " + kind);
    }

    private void expect(NoteId id, String state) {
        expected.add(id);
        say("EXPECT " + id.value() + " " + state);
    }

    /// After the write returned: each note it was to change, read back (so that the journal checks each write
    /// stored exactly what it asked, and an import's notes are known), then the acknowledgement.
    private void ack() {
        for (NoteId id : expected) {
            String state;
            try {
                var stored = library.notes().get(id);
                var note = stored.note();
                state = CrashJournal.fingerprint(
                        note.title(),
                        note.topic(),
                        note.tags(),
                        note.body(),
                        stored.trashed().isPresent());
            } catch (PaperNotesException gone) {
                state = CrashJournal.ABSENT;
            }
            say("STATE " + id.value() + " " + state);
        }
        expected.clear();
        say("ACK " + seq);
    }

    /// The notes the write under way is to change.
    private final List<NoteId> expected = new ArrayList<>();

    private void create() {
        var id = NoteId.random(random);
        var draft = new NoteDraft(
                Optional.of(id),
                "Crash note " + id.value(),
                topic(),
                tags(),
                List.of(),
                PaperLinks.NONE,
                body(id, "n" + seq));
        begin("create");
        expect(id, CrashJournal.fingerprint(draft.title(), draft.topic(), draft.tags(), draft.body(), false));
        library.notes().create(draft);
        ack();
    }

    private void edit() {
        var note = pick(false);
        if (note.isEmpty()) {
            create();
            return;
        }
        var before = library.notes().get(note.get()).note();
        var body = random.nextInt(4) == 0
                ? before.body() + "\n\n再次编辑 edit " + run + "e" + seq + "x 超分辨率"
                : body(before.id(), "e" + seq);
        var add = random.nextInt(3) == 0 ? List.of(TAG_PREFIX + (char) ('a' + random.nextInt(5))) : List.<String>of();
        var tags = new ArrayList<>(before.tags());
        add.stream()
                .filter(tag -> tags.stream().noneMatch(tag::equalsIgnoreCase))
                .forEach(tags::add);
        begin("edit");
        expect(before.id(), CrashJournal.fingerprint(before.title(), before.topic(), tags, body, false));
        library.notes().edit(before.id(), NoteChanges.none().withBody(body).withAddedTags(add));
        ack();
    }

    private void trash() {
        var note = pick(false);
        if (note.isEmpty()) {
            create();
            return;
        }
        var before = library.notes().get(note.get()).note();
        begin("trash");
        expect(
                before.id(),
                CrashJournal.fingerprint(before.title(), before.topic(), before.tags(), before.body(), true));
        library.notes().trash(before.id());
        ack();
    }

    private void purge() {
        var note = pick(true);
        if (note.isEmpty()) {
            trash();
            return;
        }
        begin("purge");
        expect(note.get(), CrashJournal.ABSENT);
        library.notes().purge(note.get());
        ack();
    }

    /// Renames one of the harness's tags to a new name on every note that has it (trashed notes too).
    private void renameTag() {
        var tags = library.tags().list().stream()
                .map(t -> t.name())
                .filter(t -> t.startsWith(TAG_PREFIX))
                .toList();
        if (tags.isEmpty()) {
            create();
            return;
        }
        var from = tags.get(random.nextInt(tags.size()));
        var to = TAG_PREFIX + "r" + seq;
        begin("rename");
        for (var summary : all()) {
            var stored = library.notes().get(summary);
            var note = stored.note();
            if (note.tags().stream().anyMatch(from::equalsIgnoreCase)) {
                var renamed = note.tags().stream()
                        .map(t -> t.equalsIgnoreCase(from) ? to : t)
                        .distinct()
                        .toList();
                expect(
                        note.id(),
                        CrashJournal.fingerprint(
                                note.title(),
                                note.topic(),
                                renamed,
                                note.body(),
                                stored.trashed().isPresent()));
            }
        }
        library.tags().rename(from, to);
        ack();
    }

    /// Imports a folder of two to six Markdown notes in one go; their state as stored is read back and journalled
    /// before the acknowledgement (a note's topic comes from the folder).
    private void importFolder() throws IOException {
        var folder = scratch.resolve("import-" + run + "-" + seq);
        Files.createDirectories(folder.resolve("Imported"));
        var ids = new ArrayList<NoteId>();
        for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) {
            var id = NoteId.random(random);
            ids.add(id);
            Files.writeString(
                    folder.resolve("Imported").resolve(id.value() + ".md"),
                    "---\nid: " + id.value()
                            + "\ntitle: Imported " + id.value() + "\ntopic: Imported\ntags: [" + TAG_PREFIX
                            + "i]\n---\n\n"
                            + body(id, "i" + seq),
                    StandardCharsets.UTF_8);
        }
        begin("import");
        ids.forEach(id -> expect(id, CrashJournal.PRESENT + "Imported " + id.value()));
        library.vaultImport().apply(folder);
        ack();
    }

    private void backup() {
        var file = scratch.resolve("backup-" + run + "-" + seq + ".db");
        begin("backup");
        say("FILE " + file);
        library.backups().backup(Optional.of(file));
        ack();
    }

    private Optional<NoteId> pick(boolean trashed) {
        var ids = trashed
                ? library.notes().trashed().stream().map(t -> t.note().id()).toList()
                : library.notes().list(NoteFilter.ALL).stream().map(s -> s.id()).toList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
    }

    private List<NoteId> all() {
        var ids = new ArrayList<NoteId>();
        library.notes().list(NoteFilter.ALL).forEach(s -> ids.add(s.id()));
        library.notes().trashed().forEach(t -> ids.add(t.note().id()));
        return ids;
    }

    private TopicPath topic() {
        return List.of(TopicPath.of("Face Swap"), TopicPath.of("Super Resolution"), TopicPath.of("Crash", "子主题"))
                .get(random.nextInt(3));
    }

    private List<String> tags() {
        var tags = new ArrayList<String>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            var tag = TAG_PREFIX + (char) ('a' + random.nextInt(5));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /// A body of 100 bytes to about 24 KB: Chinese with English terms, and the word the harness searches for
    /// (`token`) after restart.
    private String body(NoteId id, String token) {
        var text = new StringBuilder(
                "# 笔记 " + id.value() + "\n\n基于stylegan2,arcface提取id特征 token " + run + token + "q\n\n");
        String[] words = {"超分", "换脸", "3DMM", "super resolution", "人脸重建", "diffusion", "注意力", "ViT", "数据集", "损失函数"};
        for (int i = 0, n = random.nextInt(random.nextBoolean() ? 20 : 1200); i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(i % 17 == 16 ? "。\n" : "，");
        }
        return text.append('\n').toString();
    }
}
