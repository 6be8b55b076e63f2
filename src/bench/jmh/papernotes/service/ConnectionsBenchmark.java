package papernotes.service;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;
import papernotes.search.TitleMatcher;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.Pinyin;
import papernotes.storage.LibraryStore;

/// A developer's aid, not a test: how long related notes, the quick switcher and backlinks take.
/// `java -cp … papernotes.service.ConnectionsBenchmark [related] [switch] [backlinks]` (all three when none is named).
public final class ConnectionsBenchmark {

    private static final String[] ENGLISH = {
        "Style",
        "GAN",
        "Face",
        "Swap",
        "Neural",
        "Render",
        "Real",
        "ESR",
        "Vision",
        "Transformer",
        "Token",
        "Diffusion",
        "Avatar",
        "Fit",
        "Shape",
        "Edit",
        "Motion",
        "Human",
        "Dense",
        "Align",
        "Recon",
        "Texture",
        "Prior",
        "Blind",
        "Restore",
        "Net",
        "Depth",
        "Pose",
        "Light",
        "Field"
    };
    private static final String[] CHINESE = {
        "高清", "换脸", "超分", "重建", "三维", "人脸", "对齐", "生成", "对抗", "网络", "注意力", "扩散", "模型", "纹理", "姿态", "身份", "特征", "蒸馏",
        "渲染", "动作"
    };
    private static final int SWITCH_NOTES = 10_000;
    private static final int LINK_NOTES = 100_000;

    private ConnectionsBenchmark() {}

    public static void main(String[] args) throws Exception {
        var which = args.length == 0 ? List.of("related", "switch", "backlinks") : List.of(args);
        if (which.contains("related")) {
            related();
        }
        if (which.contains("switch")) {
            quickSwitch();
        }
        if (which.contains("backlinks")) {
            backlinks();
        }
    }

    /// Related notes of every shipped note, after warming up: per call, through the service as the UI calls it.
    static void related() throws Exception {
        var dir = Files.createTempDirectory("papernotes-bench-related");
        try (var library = TestLibrary.shipped(dir)) {
            List<NoteId> ids = library.notes().list(NoteFilter.ALL).stream()
                    .map(n -> n.id())
                    .toList();
            for (int round = 0; round < 100; round++) {
                ids.forEach(id -> library.search().related(id, 5));
            }
            var times = new long[ids.size() * 100];
            int k = 0;
            for (int round = 0; round < 100; round++) {
                for (NoteId id : ids) {
                    long start = System.nanoTime();
                    library.search().related(id, 5);
                    times[k++] = System.nanoTime() - start;
                }
            }
            report("related(id, 5) over the " + ids.size() + " shipped notes", times);
        }
    }

    /// A title like the ones people give paper notes: English words glued or spaced, Chinese words, a number.
    static String title(Random random) {
        var title = new StringBuilder();
        int words = 1 + random.nextInt(4);
        boolean chinese = random.nextInt(3) == 0;
        for (int i = 0; i < words; i++) {
            if (chinese && i > 0) {
                title.append(CHINESE[random.nextInt(CHINESE.length)]);
            } else {
                title.append(i > 0 && random.nextBoolean() ? " " : "").append(ENGLISH[random.nextInt(ENGLISH.length)]);
            }
        }
        if (random.nextBoolean()) {
            title.append(random.nextBoolean() ? "-" : " ").append(random.nextInt(3000));
        }
        return title.toString();
    }

    /// The quick switcher over 10,000 notes (a third with an alias): the matcher alone, and the service as the UI
    /// calls it, per query after warming up; the first call (reading and preparing every name) and the first call
    /// after one edit.
    static void quickSwitch() throws Exception {
        var random = new Random(7);
        var names = new ArrayList<String>();
        for (int i = 0; i < SWITCH_NOTES; i++) {
            names.add(title(random));
        }
        var queries = List.of("hl", "gaoqing", "stylgan", "3ddfa", "face", "a", "rcn", "gaoqinghuanl", "xyzzy", "超分");
        var matcher = new TitleMatcher(CharFolding.load(), new Pinyin());
        long prepareStart = System.nanoTime();
        var prepared = names.stream().map(matcher::name).toList();
        System.out.printf(
                "preparing %d names (pinyin included): %.1f ms%n",
                names.size(), (System.nanoTime() - prepareStart) / 1e6);
        for (String query : queries) {
            var times = new long[2000];
            int matches = 0;
            for (int round = 0; round < 2300; round++) {
                long start = System.nanoTime();
                var q = matcher.query(query);
                int found = 0;
                for (var name : prepared) {
                    if (matcher.match(q, name).isPresent()) {
                        found++;
                    }
                }
                if (round >= 300) {
                    times[round - 300] = System.nanoTime() - start;
                }
                matches = found;
            }
            report("TitleMatcher '" + query + "' over " + names.size() + " names (" + matches + " match)", times);
        }

        var dir = Files.createTempDirectory("papernotes-bench-switch");
        try (var test = TestLibrary.empty(dir)) {
            var notes = test.notes();
            test.store().write(session -> {
                var now = test.clock().instant();
                for (int i = 0; i < names.size(); i++) {
                    var aliases = i % 3 == 0 ? List.of(title(random)) : List.<String>of();
                    notes.insert(
                            session,
                            new NoteDraft(
                                    Optional.empty(),
                                    names.get(i),
                                    TopicPath.of("Bench"),
                                    List.of(),
                                    aliases,
                                    PaperLinks.NONE,
                                    ""),
                            now);
                }
                return null;
            });
            var switcher = test.library().quickSwitch();
            long first = System.nanoTime();
            switcher.find("hl", 20);
            System.out.printf(
                    "QuickSwitchService first call (read and prepare %d notes): %.1f ms%n",
                    names.size(), (System.nanoTime() - first) / 1e6);
            var all = new ArrayList<Long>();
            for (String query : queries) {
                var times = new long[1000];
                for (int round = 0; round < 1300; round++) {
                    long start = System.nanoTime();
                    switcher.find(query, 20);
                    if (round >= 300) {
                        times[round - 300] = System.nanoTime() - start;
                    }
                }
                Arrays.stream(times).forEach(all::add);
                report("QuickSwitchService.find('" + query + "', 20) over " + names.size() + " notes", times);
            }
            report(
                    "QuickSwitchService.find, all queries",
                    all.stream().mapToLong(Long::longValue).toArray());
            var times = new long[20];
            var some = notes.list(NoteFilter.ALL).subList(0, times.length);
            for (int i = 0; i < times.length; i++) {
                notes.edit(some.get(i).id(), NoteChanges.none().withTitle(title(random)));
                long start = System.nanoTime();
                switcher.find("gaoqing", 20);
                times[i] = System.nanoTime() - start;
            }
            report("QuickSwitchService.find right after an edit", times);
        }
    }

    /// Backlinks in a library of 100,000 notes: one in twenty links to a hub note, the others to a few random notes
    /// by name or id. Times: recording the links of every note at open (as after the upgrade to schema V004), and
    /// asking for the backlinks of the hub and of ordinary notes.
    static void backlinks() throws Exception {
        var dir = Files.createTempDirectory("papernotes-bench-links");
        var random = new Random(11);
        var ids = new ArrayList<NoteId>();
        try (var store = LibraryStore.open(dir)) {
            var notes = new NoteService(store, Clock.systemUTC(), new Random(3));
            notes.bringLinksUpToDate();
            long start = System.nanoTime();
            for (int batch = 0; batch < LINK_NOTES / 10_000; batch++) {
                int offset = batch * 10_000;
                store.write(session -> {
                    var now = Instant.now();
                    for (int i = offset; i < offset + 10_000; i++) {
                        var body = new StringBuilder("笔记正文 ").append(i).append(" 基于stylegan2,arcface提取id特征。\n\n");
                        if (i > 0 && i % 20 == 0) {
                            body.append("见 [[Note 0]]。\n");
                        }
                        if (i > 10 && i % 3 == 0) {
                            body.append("另见 [[Note ")
                                    .append(random.nextInt(i))
                                    .append("]] 与 [这篇](note:")
                                    .append(ids.get(random.nextInt(i)))
                                    .append(")。\n");
                        }
                        ids.add(notes.insert(
                                        session,
                                        new NoteDraft(
                                                Optional.empty(),
                                                "Note " + i,
                                                TopicPath.of("Bench"),
                                                List.of(),
                                                List.of(),
                                                PaperLinks.NONE,
                                                body.toString()),
                                        now)
                                .id());
                    }
                    return null;
                });
            }
            System.out.printf("created %d notes in %.1f s%n", ids.size(), (System.nanoTime() - start) / 1e9);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LibraryStore.DATABASE_FILE));
                var statement = connection.createStatement()) {
            statement.execute("DELETE FROM note_links");
            statement.execute("DELETE FROM meta WHERE key = 'links.format'");
        }
        try (var store = LibraryStore.open(dir)) {
            var notes = new NoteService(store, Clock.systemUTC(), new Random(3));
            long start = System.nanoTime();
            int read = notes.bringLinksUpToDate();
            System.out.printf("bringLinksUpToDate over %d notes: %.1f s%n", read, (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < 50; i++) {
                notes.backlinks(ids.get(random.nextInt(ids.size())));
            }
            var hub = new long[50];
            var ordinary = new long[500];
            int hubCount = notes.backlinks(ids.getFirst()).size();
            for (int i = 0; i < hub.length; i++) {
                long t = System.nanoTime();
                notes.backlinks(ids.getFirst());
                hub[i] = System.nanoTime() - t;
            }
            for (int i = 0; i < ordinary.length; i++) {
                var id = ids.get(random.nextInt(ids.size()));
                long t = System.nanoTime();
                notes.backlinks(id);
                ordinary[i] = System.nanoTime() - t;
            }
            report("backlinks of the hub (" + hubCount + " backlinks) among " + ids.size() + " notes", hub);
            report("backlinks of a random note among " + ids.size() + " notes", ordinary);
        }
        TestFolders.delete(dir);
    }

    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(
                "%s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (%d calls)%n",
                what,
                nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 9 / 10] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6,
                nanos.length);
    }
}
