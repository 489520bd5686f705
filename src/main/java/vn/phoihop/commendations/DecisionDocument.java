package vn.phoihop.commendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.VietnameseDates;

/**
 * Writes a commendation decision as a Word file laid out as Decree 30/2020/NĐ-CP (Appendix I)
 * prescribes, so that the office can print, sign and stamp it, or correct it in Word first: the
 * motto and the issuing body side by side above the number and the place and date, then the type
 * and summary, the body, and at the foot the recipients beside the signature.
 *
 * <p>The side-by-side parts are tables without borders, as offices build them in Word: tab stops
 * would break as soon as someone edits a line.
 */
@Component
public class DecisionDocument {

    static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String SUB_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TYPE_ABBREVIATION = "QĐ";

    private static final String FONT = "Times New Roman";
    // A4 in twentieths of a point, margins from the decree: top and bottom 20 mm, left 30 mm, right 15 mm.
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = 3800;

    public byte[] write(DecisionContent content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(document);
            header(document, content);
            title(document, content);
            body(document, content);
            footer(document, content);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    private static void header(XWPFDocument document, DecisionContent content) {
        XWPFTable table = twoColumns(document, 2);
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);

        centred(body.getParagraphs().get(0), content.issuingBody().toUpperCase(Locale.forLanguageTag("vi")), 13, true, false);
        centred(motto.getParagraphs().get(0), MOTTO, 12, true, false);
        centred(motto.addParagraph(), SUB_MOTTO, 13, true, false);
        centred(number.getParagraphs().get(0), "Số: " + content.number().symbol(TYPE_ABBREVIATION), 13, false, false);
        centred(date.getParagraphs().get(0), VietnameseDates.placeAndDate(content.place(), content.date()), 13, false, true);
    }

    private static void title(XWPFDocument document, DecisionContent content) {
        XWPFParagraph type = document.createParagraph();
        type.setSpacingBefore(360);
        centred(type, "QUYẾT ĐỊNH", 14, true, false);
        if (content.summary() != null && !content.summary().isBlank()) {
            centred(document.createParagraph(), content.summary(), 14, true, false);
        }
    }

    private static void body(XWPFDocument document, DecisionContent content) {
        XWPFParagraph decides = document.createParagraph();
        decides.setSpacingBefore(240);
        centred(decides, "QUYẾT ĐỊNH:", 14, true, false);

        XWPFParagraph article = justified(document);
        run(article, "Điều 1. ", 14, true, false);
        run(article, "Tặng " + content.awardName() + " cho:", 14, false, false);

        List<DecisionContent.Nominee> nominees = content.nominees();
        for (int i = 0; i < nominees.size(); i++) {
            DecisionContent.Nominee nominee = nominees.get(i);
            XWPFParagraph line = justified(document);
            run(line, (i + 1) + ". ", 14, false, false);
            run(line, nominee.name(), 14, true, false);
            if (nominee.detail() != null && !nominee.detail().isBlank()) {
                run(line, ", " + nominee.detail(), 14, false, false);
            }
            run(line, i == nominees.size() - 1 ? "," : ";", 14, false, false);
        }
        if (content.reason() != null && !content.reason().isBlank()) {
            run(justified(document), "vì: " + content.reason() + ".", 14, false, false);
        }
    }

    private static void footer(XWPFDocument document, DecisionContent content) {
        document.createParagraph();
        XWPFTable table = twoColumns(document, 1);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        if (!content.recipients().isEmpty()) {
            run(recipients.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
            List<String> lines = content.recipients();
            for (int i = 0; i < lines.size(); i++) {
                run(recipients.addParagraph(), "- " + lines.get(i) + (i == lines.size() - 1 ? "." : ";"), 11, false, false);
            }
        }
        centred(signature.getParagraphs().get(0), content.signerTitle().toUpperCase(Locale.forLanguageTag("vi")), 14, true, false);
        // Room for the signature and the seal.
        for (int i = 0; i < 4; i++) {
            signature.addParagraph();
        }
        centred(signature.addParagraph(), content.signerName(), 14, true, false);
    }

    private static XWPFTable twoColumns(XWPFDocument document, int rows) {
        XWPFTable table = document.createTable(rows, 2);
        table.removeBorders();
        table.setWidth(Integer.toString(TEXT_WIDTH));
        for (var row : table.getRows()) {
            row.getCell(0).setWidth(Integer.toString(LEFT_COLUMN));
            row.getCell(1).setWidth(Integer.toString(TEXT_WIDTH - LEFT_COLUMN));
        }
        return table;
    }

    private static XWPFParagraph justified(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, size, bold, italic);
    }

    /** Line breaks in the text become breaks in Word; other control characters are not valid XML. */
    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = text.replaceAll("[\\p{Cntrl}&&[^\\r\\n]]", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
