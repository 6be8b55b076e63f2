package papernotes.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/// Tells how a text file is encoded and decodes it: UTF-8 (with or without its byte order mark), UTF-16 (by its byte
/// order mark, or by the zero bytes of mostly-ASCII text), or GB18030, the Chinese national encoding that includes
/// GBK and GB2312 (what Chinese Windows and older editors save). Every decoding is strict: bytes that are not valid in
/// an encoding rule it out, so a file is never read with characters made up.
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    /// A file's text and the encoding it was read in.
    public record Decoded(String text, Charset charset) {

        public boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }
    }

    private TextDecoding() {}

    /// The text of `bytes`, or empty when it is none of the encodings above (a binary file, another encoding).
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || !startsWithUtf16Mark(bytes)) {
            var utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return utf8.map(text -> new Decoded(text, StandardCharsets.UTF_8));
            }
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, StandardCharsets.UTF_16LE, 2)
                    .map(text -> new Decoded(text, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, StandardCharsets.UTF_16BE, 2)
                    .map(text -> new Decoded(text, StandardCharsets.UTF_16BE));
        }
        var unmarked = unmarkedUtf16(bytes);
        if (unmarked.isPresent()) {
            return strict(bytes, unmarked.get(), 0).map(text -> new Decoded(text, unmarked.get()));
        }
        return strict(bytes, GB18030).filter(text -> text.indexOf('\0') < 0).map(text -> new Decoded(text, GB18030));
    }

    private static boolean startsWithUtf16Mark(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /// UTF-16 without a byte order mark: an even length, and zero bytes in at least a third of the odd (little
    /// endian) or even (big endian) places, as in text that is mostly ASCII, Markdown's syntax included, and none
    /// in the other places.
    private static Optional<Charset> unmarkedUtf16(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = bytes.length / 2;
        if (oddZeros * 3 >= half && evenZeros == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 3 >= half && oddZeros == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        return strict(bytes, charset, 0);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset, int skip) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
