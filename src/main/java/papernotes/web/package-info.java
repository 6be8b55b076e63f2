/// Nothing in this package is null unless marked `@Nullable` (checked by NullAway at compile time).
@NullMarked
package papernotes.web;

import org.jspecify.annotations.NullMarked;
