package vn.phoihop.commendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a commendation decision as a PDF that prints the same everywhere: the lines of
 * {@link DecisionContent} in {@code documents/decision.xhtml} (Thymeleaf, which escapes them),
 * rendered by openhtmltopdf with Liberation Serif embedded. The font comes from the
 * {@code openpdf-fonts-extra} jar on the class path, because a server or a reader's computer may
 * have no font with Vietnamese glyphs; Liberation Serif has them and Times New Roman's metrics.
 *
 * <p>The template is outside {@code templates/}: it is never served to a browser, so the portal's
 * content security policy (no inline style) does not concern it.
 */
@Component
public class DecisionPdf {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONT_FOLDER = "liberation/LiberationSerif-";

    // Spring's dialect (SpEL), as the portal's pages use; the plain engine would need OGNL.
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    DecisionPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        // XML, not HTML: openhtmltopdf reads well-formed XHTML.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    public byte[] write(DecisionContent content) {
        Context context = new Context();
        context.setVariable("content", content);
        String xhtml = templates.process("decision", context);
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

    /** Subset: only the glyphs used are embedded, which keeps a one-page decision small. */
    private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
        String resource = FONT_FOLDER + face + ".ttf";
        if (DecisionPdf.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
        }
        builder.useFont(() -> open(resource), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String resource) {
        return DecisionPdf.class.getClassLoader().getResourceAsStream(resource);
    }
}
