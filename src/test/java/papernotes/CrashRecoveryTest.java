package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A confirmed save is never lost and the library is never corrupt, however the process dies: a writer is killed
/// with SIGKILL at random moments ([CrashHarness]); 35 kills here, 1,000 with `mvn -Pstress verify`
/// (`-Dcrash.kills=N` for any other number).
@Tag("stress")
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMoments_losesNoAcknowledgedWrite_andLeavesTheLibraryAndIndexSound() throws Exception {
        int kills = Integer.getInteger("crash.kills", 50);
        long seed = Long.getLong("crash.seed", 20261204L);
        var report = new CrashHarness(dir, seed).run(kills);
        System.out.printf(
                "Crash harness: %d kills (%d while starting), %d acknowledged writes %s, cut off %s (%d of them"
                        + " found committed), %d backups checked, failures: %d%n",
                report.kills(),
                report.killedWhileStarting(),
                report.writes(),
                report.acknowledged(),
                report.cutOff(),
                report.cutOffFoundCommitted(),
                report.backupsChecked(),
                report.failures().size());
        assertEquals(List.of(), report.failures());
        assertTrue(report.writes() >= kills, "the writer should have written between kills: " + report);
        assertTrue(
                report.acknowledged().keySet().containsAll(List.of("create", "edit", "import", "backup")),
                "every kind of write should have been acknowledged at least once: " + report.acknowledged());
    }
}
