package papernotes.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/// [Scheduler] on the JavaFX animation clock.
public final class FxScheduler implements Scheduler {

    @Override
    public Background.Cancellable after(Duration delay, Runnable action) {
        var pause = new PauseTransition(javafx.util.Duration.millis((double) delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
