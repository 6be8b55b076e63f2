package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/// Work handed to the window's worker after the window closed (a page that finished drawing asks for its outline)
/// is dropped, not thrown at the FX thread.
class FxBackgroundTest {

    @Test
    void workHandedOverAfterClosingIsDroppedQuietly() throws Exception {
        var background = new FxBackground("closed");
        background.close();
        var ran = new AtomicBoolean();

        var cancellable = background.submit(
                () -> {
                    ran.set(true);
                    return 1;
                },
                answer -> ran.set(true),
                failure -> ran.set(true));
        cancellable.cancel();
        Thread.sleep(50);

        assertFalse(ran.get(), "nothing runs once the window is closed");
    }
}
