package vn.phoihop.commendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * Writes a commendation decision as a Word file laid out as Decree 30/2020/NĐ-CP (Appendix I)
 * prescribes, so that the office can print, sign and stamp it, or correct it in Word first: the
 * issuing body under its parent body, with a short rule, beside the motto and its rule; the number
 * beside the place and date; the type and summary; the authority, the legal bases and the articles;
 * at the foot the recipients beside the signature. The words are {@link DecisionContent}'s.
 *
 * <p>The side-by-side parts are tables without borders, as offices build them in Word: tab stops
 * would break as soon as someone edits a line.
 */
@Component
public class DecisionDocument {

    private static final String FONT = "Times New Roman";
    // A4 in twentieths of a point, margins from the decree: top and bottom 20 mm, left 30 mm, right 15 mm.
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = 3800;
    /** No-break spaces underlined: a rule that stays a rule when someone edits the text beside it. */
    static final String RULE = "\u00A0".repeat(24);

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

    /**
     * Parent bodies regular, the issuing body (the last line) bold; the motto's first line regular
     * at 12 pt, the rest bold at 13 pt; a short rule under the issuing body and under the motto.
     */
    private static void header(XWPFDocument document, DecisionContent content) {
        XWPFTable table = twoColumns(document, 2);
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);

        List<String> issuer = content.issuerLines();
        for (int i = 0; i < issuer.size(); i++) {
            XWPFParagraph line = i == 0 ? body.getParagraphs().get(0) : body.addParagraph();
            centred(line, issuer.get(i), 13, i == issuer.size() - 1, false);
        }
        rule(body.addParagraph());
        List<String> mottoLines = content.text().mottoLines();
        for (int i = 0; i < mottoLines.size(); i++) {
            XWPFParagraph line = i == 0 ? motto.getParagraphs().get(0) : motto.addParagraph();
            boolean first = i == 0 && mottoLines.size() > 1;
            centred(line, mottoLines.get(i), first ? 12 : 13, true, false);
        }
        rule(motto.addParagraph());
        centred(number.getParagraphs().get(0), content.numberLine(), 13, false, false);
        centred(date.getParagraphs().get(0), content.placeAndDate(), 13, false, true);
    }

    private static void title(XWPFDocument document, DecisionContent content) {
        XWPFParagraph type = document.createParagraph();
        type.setSpacingBefore(360);
        centred(type, content.type(), 14, true, false);
        centred(document.createParagraph(), content.summary(), 14, true, false);
        rule(document.createParagraph());
        XWPFParagraph authority = document.createParagraph();
        authority.setSpacingBefore(240);
        centred(authority, content.authority(), 14, true, false);
    }

    private static void body(XWPFDocument document, DecisionContent content) {
        for (String basis : content.legalBases()) {
            run(justified(document), basis, 14, false, true);
        }
        XWPFParagraph decides = document.createParagraph();
        decides.setSpacingBefore(240);
        centred(decides, content.decides(), 14, true, false);

        XWPFParagraph article1 = justified(document);
        run(article1, "Điều 1. ", 14, true, false);
        run(article1, content.awardLine(), 14, false, false);
        for (String nominee : content.nomineeLines()) {
            run(justified(document), nominee, 14, false, false);
        }
        run(justified(document), content.reasonLine(), 14, false, false);

        XWPFParagraph article2 = justified(document);
        run(article2, "Điều 2. ", 14, true, false);
        run(article2, content.article2(), 14, false, false);
        XWPFParagraph article3 = justified(document);
        run(article3, "Điều 3. ", 14, true, false);
        run(article3, content.article3(), 14, false, false);
    }

    private static void footer(XWPFDocument document, DecisionContent content) {
        document.createParagraph();
        XWPFTable table = twoColumns(document, 1);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        if (!content.recipientLines().isEmpty()) {
            run(recipients.getParagraphs().get(0), content.recipientsTitle(), 12, true, true);
            for (String line : content.recipientLines()) {
                run(recipients.addParagraph(), line, 11, false, false);
            }
        }
        List<String> titles = content.signerLines();
        for (int i = 0; i < titles.size(); i++) {
            XWPFParagraph line = i == 0 ? signature.getParagraphs().get(0) : signature.addParagraph();
            centred(line, titles.get(i), 14, true, false);
        }
        // Room for the signature and the seal.
        for (int i = 0; i < 4; i++) {
            signature.addParagraph();
        }
        centred(signature.addParagraph(), content.signerName(), 14, true, false);
    }

    /** The short rule Decree 30 draws under the issuing body, the motto and the summary: a third of the column. */
    private static void rule(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(8);
        run.setUnderline(UnderlinePatterns.SINGLE);
        run.setText(RULE);
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
