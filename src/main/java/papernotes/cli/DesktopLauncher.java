package papernotes.cli;

import java.util.Optional;
import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;

/// Starts the desktop window over an open library and returns when the window closes.
@FunctionalInterface
public interface DesktopLauncher {

    /// Shows the window over `library`, saying how the restore before it went (`restored`), if there was one.
    /// Returns nothing when the user quit, or the restore of a backup the user confirmed in the window: it is
    /// carried out once the library is closed, and then the window is shown again over the restored library.
    Optional<RestorePlan> launch(Library library, Optional<RestoreOutcome> restored);
}
