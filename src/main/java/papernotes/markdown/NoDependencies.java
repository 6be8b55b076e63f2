package papernotes.markdown;

import java.util.Set;

/// Base of the flexmark extension pieces here that need no ordering against others.
abstract class NoDependencies {

    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    public boolean affectsGlobalScope() {
        return false;
    }
}
