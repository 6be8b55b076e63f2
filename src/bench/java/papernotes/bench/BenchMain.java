package papernotes.bench;

import java.util.List;
import papernotes.Launch;
import papernotes.PaperNotes;
import papernotes.bench.probe.MemoryProbe;
import papernotes.ui.LaunchCheck;

/// The entry point of `papernotes-bench.jar`: PaperNotes with the measuring commands `bench` and `eval` beside the
/// user's, and a window that, for `bench startup --memory`, measures its memory (see [MemoryProbe]). The product
/// never depends on this source set (docs/decisions/0016-measuring-apart-from-the-product.md).
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        PaperNotes.run(
                args,
                new Launch(
                        List.of(BenchCommand.class, EvalCommand.class),
                        (environment, out) -> MemoryProbe.fromEnvironment(environment, out)
                                .or(() -> LaunchCheck.fromEnvironment(environment, out))));
    }
}
