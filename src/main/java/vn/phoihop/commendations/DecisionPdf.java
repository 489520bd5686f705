package vn.phoihop.commendations;

import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.documents.XhtmlPdf;

/**
 * Writes a commendation decision as a PDF: the lines of {@link DecisionContent} laid out by
 * {@code documents/decision.xhtml} as in the Word file, with the font embedded ({@link XhtmlPdf}).
 */
@Component
public class DecisionPdf {

    private final XhtmlPdf pdf = new XhtmlPdf();

    public byte[] write(DecisionContent content) {
        return pdf.write("decision", Map.of("content", content));
    }
}
