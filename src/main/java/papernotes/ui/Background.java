package papernotes.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// Runs work away from the window's thread and hands the answer back to it. ViewModels take one by constructor:
/// the window passes [FxBackground], tests pass one that runs at once.
public interface Background {

    /// Runs `work` in the background, then `onSuccess` or `onFailure` on the window's thread, unless cancelled first.
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /// Something started that can be called off.
    interface Cancellable {
        Cancellable DONE = () -> {};

        void cancel();
    }
}
