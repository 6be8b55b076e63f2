package papernotes.ui.main;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Prepares the quick switcher's list a moment after the window opens, so that it does not compete with the first
/// list and search (at 100,000 notes it prepares the pinyin of every title). When that fails, the switcher prepares
/// itself when first opened; the log says why the background preparation did not.
final class SwitcherPreparation implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SwitcherPreparation.class);

    private final Runnable prepare;
    private final long delayMillis;

    SwitcherPreparation(Runnable prepare, long delayMillis) {
        this.prepare = prepare;
        this.delayMillis = delayMillis;
    }

    @Override
    public void run() {
        try {
            Thread.sleep(delayMillis);
            prepare.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn(
                    "The quick switcher could not prepare its list in the background ({}); it prepares it when it is"
                            + " first opened",
                    e.toString(),
                    e);
        }
    }
}
