package papernotes.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/// The memory a process holds, as Linux reports it in `/proc/PID/status`: what the start-up probe and
/// `bench memory` read.
public final class ResidentMemory {

    private ResidentMemory() {}

    /// This process's `/proc/self/status`; empty where the system has none.
    public static String ownStatus() {
        try {
            return Files.readString(Path.of("/proc/self/status"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /// The field `name` (a size in kB: `VmRSS`, `RssAnon`, `RssFile`) of a `/proc/PID/status` text, if it has it.
    public static OptionalLong kb(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return OptionalLong.of(Long.parseLong(
                        line.substring(name.length() + 1).replace("kB", "").strip()));
            }
        }
        return OptionalLong.empty();
    }
}
