package papernotes;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.ui.LaunchCheck;
import papernotes.ui.WindowReady;

/// What one launcher of PaperNotes adds to the product: commands beside the user's (the measuring tools add `bench`
/// and `eval`), and what hears that the window is usable, chosen from the environment.
public record Launch(List<Class<?>> commands, ReadyHook ready) {

    /// The window's listener the environment asks for, printing to `out`; empty for none.
    @FunctionalInterface
    public interface ReadyHook {
        Optional<WindowReady> choose(Map<String, String> environment, PrintStream out);
    }

    public Launch {
        commands = List.copyOf(commands);
    }

    /// The product as shipped: the user's commands, and the launch check (see [LaunchCheck]).
    public static Launch product() {
        return new Launch(List.of(), LaunchCheck::fromEnvironment);
    }
}
