package papernotes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import papernotes.model.TopicPath;

/// The crash harness's oracle: what the library must hold after a kill, from the journal the child printed
/// ([CrashWriter]). It starts from the library's state before the child ran; each acknowledged write is applied to
/// it; the write the kill cut off (begun, not acknowledged) must be there wholly or not at all.
///
/// Journal lines (each ends with ` ;`, so a line cut off by the kill is ignored): `READY`; `BEGIN seq kind`;
/// `EXPECT id state` (state: a [#fingerprint], [#ABSENT], or [#PRESENT] and the title, when only the title is
/// known beforehand); `STATE id fingerprint` (read back after the commit); `FILE path` (a backup's file);
/// `ACK seq`.
final class CrashJournal {

    static final String READY = "READY";
    static final String ABSENT = "ABSENT";
    static final String PRESENT = "PRESENT:";
    static final String END = " ;";

    /// A note as found in the library: its fingerprint and title.
    record Found(String fingerprint, String title, String describe) {}

    /// A backup that was acknowledged (or whose file exists although the kill came first), and the notes it must
    /// hold: the library as it was when the backup began.
    record Backup(Path file, Map<String, String> notes, boolean acknowledged) {}

    private record Write(
            long seq, String kind, Map<String, String> expect, Map<String, String> states, Optional<Path> file) {}

    private final Map<String, String> expected;
    private final Map<String, Integer> acknowledged = new TreeMap<>();
    private final List<Backup> backups = new ArrayList<>();
    private final List<String> touched = new ArrayList<>();
    /// For each note, the last acknowledged write that set it (to say which write a difference goes back to).
    private final Map<String, String> setBy = new HashMap<>();
    private Optional<Write> open = Optional.empty();
    private boolean ready;
    private final List<String> problems = new ArrayList<>();

    /// `before`: every note's fingerprint (live and trashed) before the child started.
    CrashJournal(Map<String, String> before) {
        this.expected = new LinkedHashMap<>(before);
    }

    static String fingerprint(String title, TopicPath topic, List<String> tags, String body, boolean trashed) {
        var sorted = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList();
        var text = title + "\u0000" + topic + "\u0000" + String.join("\u0001", sorted) + "\u0000" + body + "\u0000"
                + trashed;
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Reads one line the child printed.
    void read(String line) {
        if (!line.endsWith(END)) {
            return;
        }
        var parts = line.substring(0, line.length() - END.length()).split(" ", 3);
        switch (parts[0]) {
            case READY -> ready = true;
            case "BEGIN" -> {
                if (open.isPresent()) {
                    problems.add("write " + open.get().seq() + " began another without being acknowledged");
                }
                open = Optional.of(new Write(
                        Long.parseLong(parts[1]),
                        parts[2],
                        new LinkedHashMap<>(),
                        new LinkedHashMap<>(),
                        Optional.empty()));
            }
            case "EXPECT" -> current().expect().put(parts[1], parts[2]);
            case "STATE" -> current().states().put(parts[1], parts[2]);
            case "FILE" -> {
                var write = current();
                open = Optional.of(new Write(
                        write.seq(),
                        write.kind(),
                        write.expect(),
                        write.states(),
                        Optional.of(Path.of(line.substring(5, line.length() - END.length())))));
            }
            case "ACK" -> acknowledge();
            default -> problems.add("unknown journal line: " + line);
        }
    }

    private Write current() {
        return open.orElseThrow(() -> new IllegalStateException("a journal line outside a write"));
    }

    private void acknowledge() {
        var write = current();
        write.file().ifPresent(file -> backups.add(new Backup(file, Map.copyOf(expected), true)));
        apply(write, true);
        acknowledged.merge(write.kind(), 1, Integer::sum);
        open = Optional.empty();
    }

    /// Applies a write to the expected state; `known`: its notes' states were read back (acknowledged).
    private void apply(Write write, boolean known) {
        write.expect().forEach((id, state) -> {
            touched.add(id);
            setBy.put(id, "write " + write.seq() + " (" + write.kind() + (known ? "" : ", cut off") + ")");
            if (state.equals(ABSENT)) {
                var read = write.states().get(id);
                if (read != null && !read.equals(ABSENT)) {
                    problems.add("write " + write.seq() + " (" + write.kind() + ") left " + id + " in place");
                }
                expected.remove(id);
            } else if (state.startsWith(PRESENT)) {
                var read = write.states().get(id);
                if (read == null && known) {
                    problems.add("write " + write.seq() + " was acknowledged without the state of " + id);
                }
                expected.put(id, read == null ? state : read);
            } else {
                var read = write.states().get(id);
                if (read != null && !read.equals(state)) {
                    problems.add(
                            "write " + write.seq() + " (" + write.kind() + ") stored " + id + " otherwise than asked");
                }
                expected.put(id, state);
            }
        });
    }

    boolean ready() {
        return ready;
    }

    /// Acknowledged writes by kind.
    Map<String, Integer> acknowledged() {
        return acknowledged;
    }

    /// The kind of the write the kill cut off, if one was under way.
    Optional<String> cutOff() {
        return open.map(Write::kind);
    }

    /// Notes that writes of this run touched (acknowledged or cut off).
    List<String> touched() {
        var all = new ArrayList<>(touched);
        open.ifPresent(write -> all.addAll(write.expect().keySet()));
        return all;
    }

    /// Backups to check: those acknowledged, and the one cut off (its file may or may not exist).
    List<Backup> backups() {
        var all = new ArrayList<>(backups);
        open.flatMap(Write::file).ifPresent(file -> all.add(new Backup(file, Map.copyOf(expected), false)));
        return all;
    }

    /// What is wrong with `actual` (every note of the library after the kill), or nothing. Whether the cut-off write
    /// is found applied is said by [#cutOffApplied] afterwards.
    List<String> check(Map<String, Found> actual) {
        var found = new ArrayList<>(problems);
        var without = differences(expected, actual);
        if (open.isEmpty() || open.get().expect().isEmpty()) {
            found.addAll(without);
            return found;
        }
        var applied = new LinkedHashMap<>(expected);
        var write = open.get();
        write.expect().forEach((id, state) -> {
            if (state.equals(ABSENT)) {
                applied.remove(id);
            } else {
                applied.put(id, write.states().getOrDefault(id, state));
            }
        });
        var with = differences(applied, actual);
        if (!without.isEmpty() && !with.isEmpty()) {
            found.add("the write cut off (" + write.kind() + " " + write.seq() + ") is neither wholly absent nor wholly"
                    + " there; without it: " + without + "; with it: " + with);
        }
        cutOffApplied = without.isEmpty() ? Optional.of(false) : Optional.of(true);
        return found;
    }

    private Optional<Boolean> cutOffApplied = Optional.empty();

    /// After [#check]: whether the cut-off write was found committed.
    Optional<Boolean> cutOffApplied() {
        return cutOffApplied;
    }

    /// The library as it must be, for the next run.
    static Map<String, String> fingerprints(Map<String, Found> actual) {
        var result = new LinkedHashMap<String, String>();
        actual.forEach((id, found) -> result.put(id, found.fingerprint()));
        return result;
    }

    private List<String> differences(Map<String, String> expected, Map<String, Found> actual) {
        var found = new ArrayList<String>();
        expected.forEach((id, state) -> {
            var note = actual.get(id);
            if (note == null) {
                found.add(id + " is missing");
            } else if (state.startsWith(PRESENT)) {
                if (!note.title().equals(state.substring(PRESENT.length()))) {
                    found.add(id + " has the title '" + note.title() + "'");
                }
            } else if (!state.equals(note.fingerprint())) {
                found.add(id + " differs from " + setBy.getOrDefault(id, "the library before this run") + ": now "
                        + note.describe());
            }
        });
        actual.keySet().stream().filter(id -> !expected.containsKey(id)).forEach(id -> found.add(id + " is extra"));
        return found.size() > 6 ? List.of(found.subList(0, 6) + " and " + (found.size() - 6) + " more") : found;
    }
}
