package papernotes.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/// Folds characters that mean the same to one form before anything is tokenized: full-width Latin letters,
/// digits and punctuation to ASCII (`ＳｔｙｌｅＧＡＮ２` → `StyleGAN2`), the ideographic space to a space, and
/// Traditional Chinese characters to Simplified (`換臉` → `换脸`). Every fold maps one `char` to one `char`, so
/// offsets into the original text stay right for highlighting.
public final class CharFolding {

    static final String TABLE = "/papernotes/search/traditional-to-simplified.txt";

    private final char[] map = new char[Character.MAX_VALUE + 1];

    private CharFolding() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            map[c] = (char) (c - 0xFEE0);
        }
        map[0x3000] = ' ';
    }

    /// The folding with the bundled Traditional → Simplified table.
    public static CharFolding load() {
        var folding = new CharFolding();
        try (var in = Objects.requireNonNull(CharFolding.class.getResourceAsStream(TABLE), TABLE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    folding.map[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
        return folding;
    }

    public char fold(char c) {
        return map[c];
    }

    /// Folds every character of `text`, then lower-cases it.
    public String fold(CharSequence text) {
        var chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = map[text.charAt(i)];
        }
        return new String(chars).toLowerCase(Locale.ROOT);
    }
}
