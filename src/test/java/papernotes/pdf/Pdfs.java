package papernotes.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/// PDFs made for the tests, with PDFBox: a page is written as lines of text, or left blank, or given a picture.
public final class Pdfs {

    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private Pdfs() {}

    /// A Letter page per entry of `pages`, each line of an entry a line of Helvetica text.
    public static Path text(Path file, String... pages) {
        return make(file, document -> {
            for (var text : pages) {
                var page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                lines(document, page, HELVETICA, 72, List.of(text.split("\n")));
            }
        });
    }

    static void lines(PDDocument document, PDPage page, PDFont font, float x, List<String> lines) {
        try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
            content.beginText();
            content.setFont(font, 12);
            content.setLeading(16);
            content.newLineAtOffset(x, 700);
            for (var line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void picture(PDDocument document, PDPage page) {
        var image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.drawString("Scanned text is only pixels", 10, 50);
        graphics.dispose();
        try (var content = new PDPageContentStream(document, page)) {
            content.drawImage(LosslessFactory.createFromImage(document, image), 72, 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// A page whose content is written by hand (`BT /F1 24 Tf … ET`), with `font` as /F1.
    static PDPage handWritten(PDDocument document, COSDictionary font, String content) {
        var page = new PDPage(PDRectangle.A4);
        var fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        var resources = new COSDictionary();
        resources.setItem(COSName.FONT, fonts);
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        page.getCOSObject().setItem(COSName.CONTENTS, stream(document, content));
        document.addPage(page);
        return page;
    }

    static COSStream stream(PDDocument document, String content) {
        var stream = document.getDocument().createCOSStream();
        try (var out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream;
    }

    /// A stream of 1 GiB of zeros, deflated: about a megabyte in the file.
    static COSStream bomb(PDDocument document) {
        var stream = document.getDocument().createCOSStream();
        try (var out = stream.createRawOutputStream()) {
            out.write(Bomb.DEFLATED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /// Made once, when first asked for, as it takes a second or two.
    private static final class Bomb {

        static final byte[] DEFLATED = deflatedZeros();

        private static byte[] deflatedZeros() {
            var deflated = new ByteArrayOutputStream();
            var zeros = new byte[1 << 20];
            try (OutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
                for (int i = 0; i < 1024; i++) {
                    out.write(zeros);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return deflated.toByteArray();
        }
    }

    /// A Chinese font nobody embeds: Adobe-GB1 STSong-Light, which every PDF reader knows, with `encoding` (a
    /// predefined CMap such as `UniGB-UCS2-H`).
    static COSDictionary songti(String encoding) {
        var info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        var descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        var box = new COSArray();
        box.setFloatArray(new float[] {-25, -254, 1000, 880});
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        var cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        var font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-" + encoding);
        font.setName(COSName.ENCODING, encoding);
        var descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    /// A Type 3 font whose glyphs, codes 1 to `glyphs`, are squares named `/glyph1`…, names with no Unicode meaning,
    /// and which has no /ToUnicode map.
    static COSDictionary type3(PDDocument document, int glyphs) {
        var procedures = new COSDictionary();
        var differences = new COSArray();
        var widths = new COSArray();
        differences.add(COSInteger.ONE);
        for (int code = 1; code <= glyphs; code++) {
            var name = COSName.getPDFName("glyph" + code);
            procedures.setItem(name, stream(document, "600 0 0 0 500 500 d1 50 0 500 500 re f"));
            differences.add(name);
            widths.add(COSInteger.get(600));
        }
        var encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        var matrix = new COSArray();
        matrix.setFloatArray(new float[] {0.001f, 0, 0, 0.001f, 0, 0});
        var box = new COSArray();
        box.setFloatArray(new float[] {0, 0, 600, 600});
        var font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_MATRIX, matrix);
        font.setItem(COSName.FONT_BBOX, box);
        font.setItem(COSName.CHAR_PROCS, procedures);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, glyphs);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return font;
    }

    /// `text` as a PDF hex string, in `charset` (UTF-16BE for the UCS-2 CMaps).
    static String hex(String text, String charset) {
        return "<" + HexFormat.of().withUpperCase().formatHex(text.getBytes(Charset.forName(charset))) + ">";
    }

    static Path make(Path file, Consumer<PDDocument> pages) {
        try (var document = new PDDocument()) {
            pages.accept(document);
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
