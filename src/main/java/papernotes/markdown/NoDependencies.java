package papernotes.markdown;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/// Base of the flexmark extension pieces here that need no ordering against others.
abstract class NoDependencies {

    public @Nullable Set<Class<?>> getAfterDependents() {
        return null;
    }

    public @Nullable Set<Class<?>> getBeforeDependents() {
        return null;
    }

    public boolean affectsGlobalScope() {
        return false;
    }
}
