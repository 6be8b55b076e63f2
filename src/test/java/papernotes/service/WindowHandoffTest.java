package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One window per library folder: a second launch asks the open window to come forward.
class WindowHandoffTest {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchOnTheSameFolderBringsTheOpenWindowForward() {
        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, brought::incrementAndGet)) {
            assertTrue(WindowHandoff.askRunningWindow(dir, PATIENCE));
            assertTrue(WindowHandoff.askRunningWindow(dir, PATIENCE));
        }
        assertEquals(2, brought.get());
    }

    @Test
    void withNoWindowOpenTheLaunchGoesAheadAtOnce() {
        assertFalse(WindowHandoff.askRunningWindow(dir, PATIENCE));
    }

    @Test
    void aClosedWindowNoLongerAnswersAndLeavesNoSocketBehind() {
        var brought = new AtomicInteger();
        WindowHandoff.listen(dir, brought::incrementAndGet).close();
        assertFalse(Files.exists(WindowHandoff.socketFor(dir)));
        assertFalse(WindowHandoff.askRunningWindow(dir, PATIENCE));
        assertEquals(0, brought.get());
    }

    @Test
    void aSocketLeftByACrashDoesNotAnswerAndIsTakenOverByTheNextWindow() throws IOException {
        var stale = WindowHandoff.socketFor(dir);
        Files.writeString(stale, "left behind by a process that was killed");
        assertFalse(WindowHandoff.askRunningWindow(dir, PATIENCE));

        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, brought::incrementAndGet)) {
            assertTrue(WindowHandoff.askRunningWindow(dir, PATIENCE));
        }
        assertEquals(1, brought.get());
    }

    @Test
    void windowsOnDifferentFoldersDoNotAnswerForEachOther() throws IOException {
        var other = Files.createDirectory(dir.resolve("其他文库"));
        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, brought::incrementAndGet)) {
            assertFalse(WindowHandoff.askRunningWindow(other, PATIENCE));
        }
        assertEquals(0, brought.get());
    }

    @Test
    void aFolderWithAPathTooLongForASocketStillGetsOne() throws IOException {
        var deep = Files.createDirectories(dir.resolve("论文笔记".repeat(12)).resolve("a-rather-long-folder-name"));
        var socket = WindowHandoff.socketFor(deep);
        assertFalse(socket.startsWith(deep), "a socket name is limited to about 100 bytes: " + socket);

        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(deep, brought::incrementAndGet)) {
            assertTrue(WindowHandoff.askRunningWindow(deep, PATIENCE));
        }
        assertEquals(1, brought.get());
        assertFalse(Files.exists(socket));
    }

    @Test
    void aFolderThatCannotHoldASocketLeavesTheWindowWorkingWithoutOne() {
        var missing = dir.resolve("not-there");
        try (var listening = WindowHandoff.listen(missing, () -> { })) {
            assertFalse(WindowHandoff.askRunningWindow(missing, PATIENCE));
        }
    }
}
