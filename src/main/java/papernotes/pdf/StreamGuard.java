package papernotes.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import papernotes.model.ByteSizes;

/// Measures, before PDFBox reads them, how far the streams a page reaches inflate: its content, its forms, its fonts
/// and CMaps (and, for a picture, its images and annotations). Each stream is inflated once, through PDFBox's own
/// filters, into a counter that keeps nothing and stops at [PdfLimits#maxStreamBytes]; images compressed with an
/// image codec (JPEG, JBIG2, CCITT) are looked at through their width and height instead.
final class StreamGuard {

    /// Keys that lead away from the page: up its tree, to other pages, to actions.
    private static final Set<COSName> AWAY =
            Set.of(COSName.PARENT, COSName.P, COSName.PREV, COSName.NEXT, COSName.DEST, COSName.A, COSName.METADATA);
    /// Keys the text is read without (pictures need them).
    private static final Set<COSName> PICTURE_ONLY = Set.of(COSName.ANNOTS, COSName.THUMB, COSName.B);

    private static final Set<COSName> IMAGE_CODECS = Set.of(
            COSName.DCT_DECODE,
            COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE,
            COSName.JBIG2_DECODE,
            COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION,
            COSName.CRYPT);

    private final PdfLimits limits;
    private final boolean forPicture;
    private final IdentityHashMap<COSStream, Long> sizes = new IdentityHashMap<>();
    private final Set<COSBase> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamGuard(PdfLimits limits, boolean forPicture) {
        this.limits = limits;
        this.forPicture = forPicture;
    }

    /// Measures the object streams first: PDFBox inflates one whole, in memory, to find any object kept in it.
    void checkObjectStreams(COSDocument document) throws IOException {
        var numbers = new TreeSet<Long>();
        for (var offset : document.getXrefTable().values()) {
            if (offset < 0) {
                numbers.add(-offset);
            }
        }
        for (long number : numbers) {
            if (document.getObjectFromPool(new COSObjectKey(number, 0)).getObject() instanceof COSStream stream) {
                size(stream);
            }
        }
    }

    /// Measures every stream the page reaches that has not been measured yet.
    void check(PDPage page) throws IOException {
        var todo = new ArrayDeque<COSBase>();
        todo.push(page.getCOSObject());
        var resources = page.getResources(); // null when the page and its ancestors have none
        if (resources != null) {
            todo.push(resources.getCOSObject());
        }
        while (!todo.isEmpty()) {
            var base = resolved(todo.pop());
            if (base == null || !walked.add(base)) {
                continue;
            }
            if (base instanceof COSStream stream) {
                if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    if (!forPicture) {
                        continue;
                    }
                    checkImage(stream);
                }
                size(stream);
            }
            if (base instanceof COSDictionary dictionary) {
                for (var entry : dictionary.entrySet()) {
                    var key = entry.getKey();
                    if (!AWAY.contains(key) && (forPicture || !PICTURE_ONLY.contains(key))) {
                        pushIfAny(todo, entry.getValue());
                    }
                }
            } else if (base instanceof COSArray array) {
                for (var item : array) {
                    pushIfAny(todo, item);
                }
            }
        }
    }

    /// The inflated size of the page's content, one stream or several.
    long contentSize(PDPage page) throws IOException {
        var contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        long size = 0;
        if (contents instanceof COSStream stream) {
            size = size(stream);
        } else if (contents instanceof COSArray array) {
            for (var item : array) {
                if (resolved(item) instanceof COSStream stream) {
                    size += size(stream);
                }
            }
        }
        return size;
    }

    /// The stream's inflated size, measured once.
    long size(COSStream stream) throws IOException {
        var known = sizes.get(stream);
        if (known != null) {
            return known;
        }
        long size = measure(stream);
        sizes.put(stream, size);
        return size;
    }

    private static void pushIfAny(ArrayDeque<COSBase> todo, @Nullable COSBase base) {
        if (base != null) {
            todo.push(base);
        }
    }

    private static @Nullable COSBase resolved(@Nullable COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private void checkImage(COSStream image) throws LimitExceeded {
        long pixels = (long) image.getInt(COSName.WIDTH, image.getInt(COSName.W, 0))
                * image.getInt(COSName.HEIGHT, image.getInt(COSName.H, 0));
        if (pixels > limits.maxPixels() * 4) {
            throw new LimitExceeded("holds an image of " + pixels + " pixels, too large to draw.");
        }
    }

    private long measure(COSStream stream) throws IOException {
        var filters = filters(stream);
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        var meter = new Meter(limits.maxStreamBytes(), false);
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size() && !IMAGE_CODECS.contains(filters.get(i)); i++) {
                checkRows(stream, i);
                boolean last = i == filters.size() - 1 || IMAGE_CODECS.contains(filters.get(i + 1));
                meter = new Meter(limits.maxStreamBytes(), !last);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(input, meter, stream, i);
                input.close();
                input = new ByteArrayInputStream(meter.kept());
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged data: PDFBox meets the same damage, keeps what inflated before it, and goes on
        } finally {
            input.close();
        }
        if (meter.count > limits.maxStreamBytes()) {
            throw tooLarge();
        }
        return meter.count;
    }

    /// A predictor keeps two rows in memory; their length comes from the stream's own parameters.
    private void checkRows(COSStream stream, int index) throws LimitExceeded {
        var parameters = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (parameters instanceof COSArray array) {
            parameters = index < array.size() ? array.getObject(index) : null;
        }
        if (parameters instanceof COSDictionary dictionary && dictionary.getInt(COSName.PREDICTOR, 1) > 1) {
            long bits = (long) Math.min(dictionary.getInt(COSName.COLORS, 1), 32)
                    * dictionary.getInt(COSName.BITS_PER_COMPONENT, 8)
                    * dictionary.getInt(COSName.COLUMNS, 1);
            if (bits / 8 > limits.maxStreamBytes()) {
                throw tooLarge();
            }
        }
    }

    private LimitExceeded tooLarge() {
        return new LimitExceeded("holds a compressed stream that inflates to more than "
                + ByteSizes.describe(limits.maxStreamBytes()) + " (a decompression bomb?), so it is not read.");
    }

    private static List<COSName> filters(COSStream stream) {
        var filters = new ArrayList<COSName>();
        var base = stream.getFilters();
        if (base instanceof COSName name) {
            filters.add(name);
        } else if (base instanceof COSArray array) {
            for (var item : array) {
                if (resolved(item) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        return filters;
    }

    /// Counts what a filter writes, keeping it only to hand it to the next filter, and stops past the limit.
    private final class Meter extends OutputStream {

        private final long limit;
        private final @Nullable ByteArrayOutputStream kept;
        private long count;

        Meter(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > limit) {
                throw tooLarge();
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        byte[] kept() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }
}
