package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
 * <p>The templates are outside {@code templates/}: they are never served to a browser, so the
 * portal's content security policy (no inline style) does not concern them.
 */
public final class XhtmlPdf {

    public static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONT_FOLDER = "liberation/LiberationSerif-";

    // Spring's dialect (SpEL), as the portal's pages use; the plain engine would need OGNL.
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

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
        String xhtml = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "Regular", 400, FontStyle.NORMAL);
            font(builder, "Bold", 700, FontStyle.NORMAL);
            font(builder, "Italic", 400, FontStyle.ITALIC);
            font(builder, "BoldItalic", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subset: only the glyphs used are embedded, which keeps a one-page document small. */
    private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
        String resource = FONT_FOLDER + face + ".ttf";
        if (XhtmlPdf.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
        }
        builder.useFont(() -> open(resource), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String resource) {
        return XhtmlPdf.class.getClassLoader().getResourceAsStream(resource);
    }
}
