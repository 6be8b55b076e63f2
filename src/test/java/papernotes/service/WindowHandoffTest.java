package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.work.Workers;

/// One window per library folder: a second launch asks the open window to come forward.
class WindowHandoffTest {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchOnTheSameFolderBringsTheOpenWindowForward() {
        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, () -> brought.incrementAndGet() > 0, Workers.daemons())) {
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
        WindowHandoff.listen(dir, () -> brought.incrementAndGet() > 0, Workers.daemons())
                .close();
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
        try (var ignored = WindowHandoff.listen(dir, () -> brought.incrementAndGet() > 0, Workers.daemons())) {
            assertTrue(WindowHandoff.askRunningWindow(dir, PATIENCE));
        }
        assertEquals(1, brought.get());
    }

    @Test
    void windowsOnDifferentFoldersDoNotAnswerForEachOther() throws IOException {
        var other = Files.createDirectory(dir.resolve("其他文库"));
        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, () -> brought.incrementAndGet() > 0, Workers.daemons())) {
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
        try (var ignored = WindowHandoff.listen(deep, () -> brought.incrementAndGet() > 0, Workers.daemons())) {
            assertTrue(WindowHandoff.askRunningWindow(deep, PATIENCE));
        }
        assertEquals(1, brought.get());
        assertFalse(Files.exists(socket));
    }

    @Test
    void aFolderThatCannotHoldASocketLeavesTheWindowWorkingWithoutOne() {
        var missing = dir.resolve("not-there");
        try (var listening = WindowHandoff.listen(missing, () -> true, Workers.daemons())) {
            assertFalse(WindowHandoff.askRunningWindow(missing, PATIENCE));
        }
    }

    @Test
    void aWindowThatIsClosingSaysNo_soTheLaunchGoesOnByItself() {
        try (var ignored = WindowHandoff.listen(dir, () -> false, Workers.daemons())) {
            assertFalse(WindowHandoff.askRunningWindow(dir, PATIENCE));
        }
    }

    @Test
    void aClientThatConnectsAndSaysNothingHoldsUpNoLaterLaunch() throws Exception {
        var brought = new AtomicInteger();
        try (var ignored = WindowHandoff.listen(dir, () -> brought.incrementAndGet() > 0, Workers.daemons());
                var silent = SocketChannel.open(UnixDomainSocketAddress.of(WindowHandoff.socketFor(dir)))) {
            long start = System.nanoTime();
            assertTrue(WindowHandoff.askRunningWindow(dir, PATIENCE));
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(1)) < 0,
                    "the launch waited for the silent client");
            assertTrue(silent.isOpen());
        }
        assertEquals(1, brought.get());
    }
}
