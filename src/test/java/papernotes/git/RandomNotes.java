package papernotes.git;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// Random states of one note and random edits of them, drawn from small pools so that the two sides of a merge
/// often touch the same fields, lines and labels, and often were saved at the same instant.
record RandomNotes(Random random) {

    static final NoteId ID = new NoteId("k3v9x2mq");
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    static final List<String> TITLES = List.of("ESRGAN", "ESRGAN (2018)", "FSGAN", "换脸综述", "GFPGAN");
    static final List<String> TOPICS = List.of("Super Resolution", "Face Swap", "Super Resolution / GAN", "换脸");
    static final List<String> TAGS = List.of("GAN", "gan", "SR", "x4", "RRDB", "人脸", "Face", "face");
    static final List<String> ALIASES = List.of("Enhanced SRGAN", "enhanced srgan", "RRDBNet", "超分");
    static final List<String> FILES = List.of("9f86d081.pdf", "60303ae2.pdf", "0123abcd.png", "ABCD0123.png");
    static final List<String> LINKS = List.of("https://arxiv.org/abs/1809.00219", "https://github.com/xinntao/ESRGAN");
    static final List<String> ARXIV = List.of("1809.00219", "2106.09685", "hep-th/9901001");
    static final List<String> DOIS = List.of("10.1109/CVPR.2016.90", "10.1007/978-3-030-11021-5_5");
    static final List<String> VENUES = List.of("CVPR", "ECCV Workshops", "NeurIPS");
    static final List<String> AUTHORS = List.of("Xintao Wang", "Ke Yu", "Shixiang Wu", "王鑫涛", "Chao Dong");
    static final List<String> LINES = List.of("# ESRGAN", "RRDB 结构", "无 BN", "", "相对判别器", "感知损失", "a", "b");

    /// A note as one side may hold it: absent now and then.
    Optional<NoteState> maybeNote() {
        return chance(8) ? Optional.empty() : Optional.of(note());
    }

    NoteState note() {
        var note = new Note(
                ID,
                pick(TITLES),
                TopicPath.parse(pick(TOPICS)),
                Labels.tags(some(TAGS)),
                Labels.aliases(some(ALIASES)),
                new PaperLinks(
                        maybe(LINKS),
                        maybe(LINKS),
                        maybe(ARXIV),
                        maybe(DOIS),
                        chance(2) ? Optional.of(2015 + random.nextInt(4)) : Optional.empty(),
                        maybe(VENUES),
                        maybe(TITLES),
                        some(AUTHORS),
                        maybe(LINES).filter(s -> !s.isBlank())),
                new Reading(maybe(List.of(ReadingStatus.values())), maybe(List.of(ReadingPriority.values()))),
                body(),
                minutes(3),
                minutes(3));
        return new NoteState(note, chance(4) ? Optional.of(minutes(3)) : Optional.empty(), some(FILES));
    }

    /// What a side made of `base`: deleted now and then, unchanged now and then, else edited.
    Optional<NoteState> side(Optional<NoteState> base) {
        if (base.isEmpty()) {
            return maybeNote();
        }
        int roll = random.nextInt(10);
        return roll == 0 ? Optional.empty() : roll == 1 ? base : Optional.of(edit(base.get()));
    }

    /// A few of the note's parts changed, and saved up to three minutes later.
    NoteState edit(NoteState state) {
        var other = note();
        var note = state.note();
        var links = note.links();
        var reading = note.reading();
        return new NoteState(
                new Note(
                        ID,
                        chance(4) ? other.note().title() : note.title(),
                        chance(6) ? other.note().topic() : note.topic(),
                        chance(3) ? Labels.tags(edited(note.tags(), TAGS)) : note.tags(),
                        chance(4) ? Labels.aliases(edited(note.aliases(), ALIASES)) : note.aliases(),
                        chance(3) ? mixed(links, other.note().links()) : links,
                        new Reading(
                                chance(5) ? other.note().reading().status() : reading.status(),
                                chance(5) ? other.note().reading().priority() : reading.priority()),
                        chance(2) ? editedBody(note.body()) : note.body(),
                        chance(10) ? other.note().created() : note.created(),
                        note.updated().plusSeconds(60L * random.nextInt(4))),
                chance(5) ? other.trashed() : state.trashed(),
                chance(4) ? edited(state.files(), FILES) : state.files());
    }

    private PaperLinks mixed(PaperLinks mine, PaperLinks other) {
        return new PaperLinks(
                chance(3) ? other.paper() : mine.paper(),
                chance(3) ? other.code() : mine.code(),
                chance(3) ? other.arxiv() : mine.arxiv(),
                chance(3) ? other.doi() : mine.doi(),
                chance(3) ? other.year() : mine.year(),
                chance(3) ? other.venue() : mine.venue(),
                chance(3) ? other.paperTitle() : mine.paperTitle(),
                chance(3) ? other.authors() : mine.authors(),
                chance(3) ? other.abstractText() : mine.abstractText());
    }

    /// Up to eight lines from the pool, each ending in LF or CRLF, the last one now and then in none.
    String body() {
        var text = new StringBuilder();
        for (int i = 0, n = random.nextInt(9); i < n; i++) {
            text.append(pick(LINES)).append(lineEnd());
        }
        return chance(3) ? strip(text.toString()) : text.toString();
    }

    /// One to three lines replaced, inserted, removed or given another line end, or the final line end toggled.
    String editedBody(String body) {
        var lines = new ArrayList<String>(List.of(body.split("(?<=\n)", -1)));
        lines.removeIf(String::isEmpty);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int at = random.nextInt(lines.size() + 1);
            switch (random.nextInt(5)) {
                case 0 -> lines.add(at, pick(LINES) + lineEnd());
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                case 2 -> {
                    if (at < lines.size()) {
                        lines.set(at, pick(LINES) + lineEnd());
                    }
                }
                case 3 -> {
                    if (at < lines.size()) {
                        lines.set(at, strip(lines.get(at)) + lineEnd());
                    }
                }
                default -> lines.add(at, "新的一行 " + random.nextInt(100) + lineEnd());
            }
        }
        var text = String.join("", lines);
        return chance(5) ? (text.endsWith("\n") ? strip(text) : text + "\n") : text;
    }

    private String lineEnd() {
        return chance(4) ? "\r\n" : "\n";
    }

    private static String strip(String line) {
        return line.endsWith("\r\n")
                ? line.substring(0, line.length() - 2)
                : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /// `members` with one added from the pool or one removed.
    private List<String> edited(List<String> members, List<String> pool) {
        var result = new ArrayList<>(members);
        if (!result.isEmpty() && chance(2)) {
            result.remove(random.nextInt(result.size()));
        } else {
            result.add(random.nextInt(result.size() + 1), pick(pool));
        }
        return result.stream().distinct().toList();
    }

    private Instant minutes(int most) {
        return T0.plusSeconds(60L * random.nextInt(most + 1));
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private <T> Optional<T> maybe(List<T> pool) {
        return chance(3) ? Optional.empty() : Optional.of(pick(pool));
    }

    private List<String> some(List<String> pool) {
        var result = new ArrayList<String>();
        for (String member : pool) {
            if (chance(3)) {
                result.add(member);
            }
        }
        Collections.shuffle(result, random);
        return result;
    }
}
