package papernotes.ui;

import java.time.Duration;

/// Runs an action on the window's thread after a delay (autosave, re-rendering the preview, polling the index).
/// The window uses [FxScheduler]; tests use a clock they advance by hand.
public interface Scheduler {

    /// Runs `action` once after `delay`, unless the returned handle is cancelled first.
    Background.Cancellable after(Duration delay, Runnable action);
}
