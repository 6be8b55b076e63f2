/// Nothing in this package is null unless marked `@Nullable` (checked by NullAway at compile time).
@NullMarked
package papernotes.interchange;

import org.jspecify.annotations.NullMarked;
