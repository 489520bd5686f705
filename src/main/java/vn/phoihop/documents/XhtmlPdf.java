package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a document as a PDF that prints the same everywhere: a Thymeleaf XHTML template of
 * {@code documents/} (which escapes every value) rendered by openhtmltopdf with Liberation Serif
 * embedded. The font comes from the {@code openpdf-fonts-extra} jar on the class path, because a
 * server or a reader's computer may have no font with Vietnamese glyphs; Liberation Serif has them
 * and Times New Roman's metrics, the font Decree 30 asks for.
 *
 * <p>The font's glyph substitutions (GSUB: ligatures, composed marks) are off. Vietnamese needs
 * none of them once the text is composed (NFC), which it is made here; with them on, PDFBox rebuilt
 * its substitution rules for every line, which was most of a decision's rendering time, and a
 * ligature can leave its letters out of the text layer a search or a screen reader reads.
 *
 * <p>The templates are outside {@code templates/}: they are never served to a browser, so the
 * portal's content security policy (no inline style) does not concern them.
 */
public final class XhtmlPdf {

    public static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONT_FOLDER = "liberation/LiberationSerif-";

    // Spring's dialect (SpEL), as the portal's pages use; the plain engine would need OGNL.
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    static {
        JdkXmlFactories.name();
        // openhtmltopdf writes its own lines to the console, not through the application's log:
        // several per document at INFO (fonts, renderer, CSS matcher). Its warnings and errors still show.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public XhtmlPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        // XML, not HTML: openhtmltopdf reads well-formed XHTML.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public byte[] write(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        String xhtml = Normalizer.normalize(templates.process(template, context), Normalizer.Form.NFC);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (Face face : Face.values()) {
                builder.useFont(new EmbeddedFace(document, face), FONT_FAMILY, face.weight, face.style, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four faces of Liberation Serif, each read from the class path once per JVM. */
    private enum Face {
        REGULAR("Regular", 400, FontStyle.NORMAL),
        BOLD("Bold", 700, FontStyle.NORMAL),
        ITALIC("Italic", 400, FontStyle.ITALIC),
        BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

        private final String resource;
        private final int weight;
        private final FontStyle style;
        private volatile byte[] bytes;

        Face(String name, int weight, FontStyle style) {
            this.resource = FONT_FOLDER + name + ".ttf";
            this.weight = weight;
            this.style = style;
        }

        byte[] bytes() {
            byte[] read = bytes;
            if (read == null) {
                try (InputStream in = XhtmlPdf.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
                    }
                    read = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes = read;
            }
            return read;
        }
    }

    /**
     * A face loaded into the document only when the page uses it, as a subset (only the glyphs
     * used are embedded, which keeps a one-page document small), without glyph substitution.
     */
    private static final class EmbeddedFace extends PDFontSupplier {

        private final PDDocument document;
        private final Face face;
        private PDFont font;

        EmbeddedFace(PDDocument document, Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                    ttf.setEnableGsub(false);
                    document.registerTrueTypeFontForClosing(ttf);
                    font = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
