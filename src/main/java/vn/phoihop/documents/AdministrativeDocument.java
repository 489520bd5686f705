package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document laid out as Decree 30/2020/NĐ-CP (Appendix I) prescribes for every administrative
 * text — decision, minutes, report: A4 with the decree's margins, Times New Roman; the issuing body
 * under its parent body beside the motto, each with its short rule; the number beside the place and
 * date; at the foot the recipients beside the signature. Each kind of text adds its own body between.
 *
 * <p>The side-by-side parts are tables without borders, as offices build them in Word: tab stops
 * would break as soon as someone edits a line.
 */
public final class AdministrativeDocument implements AutoCloseable {

    static {
        JdkXmlFactories.name();
    }

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
    public static final String RULE = "\u00A0".repeat(24);
    /** The national motto as Decree 30 sets it: the first line regular at 12 pt, the second bold. */
    public static final List<String> MOTTO = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

    private final XWPFDocument document = new XWPFDocument();

    public AdministrativeDocument() {
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
    public AdministrativeDocument header(List<String> issuerLines, List<String> mottoLines, String numberLine,
                                         String placeAndDate) {
        XWPFTable table = twoColumns(2);
        XWPFTableCell body = table.getRow(0).getCell(0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        for (int i = 0; i < issuerLines.size(); i++) {
            XWPFParagraph line = i == 0 ? body.getParagraphs().get(0) : body.addParagraph();
            centred(line, issuerLines.get(i), 13, i == issuerLines.size() - 1, false);
        }
        rule(body.addParagraph());
        for (int i = 0; i < mottoLines.size(); i++) {
            XWPFParagraph line = i == 0 ? motto.getParagraphs().get(0) : motto.addParagraph();
            boolean first = i == 0 && mottoLines.size() > 1;
            centred(line, mottoLines.get(i), first ? 12 : 13, true, false);
        }
        rule(motto.addParagraph());
        centred(table.getRow(1).getCell(0).getParagraphs().get(0), numberLine, 13, false, false);
        centred(table.getRow(1).getCell(1).getParagraphs().get(0), placeAndDate, 13, false, true);
        return this;
    }

    /** The kind of text in capitals and its summary, bold and centred, with the rule under them. */
    public AdministrativeDocument title(String type, String summary) {
        XWPFParagraph first = document.createParagraph();
        first.setSpacingBefore(360);
        centred(first, type, 14, true, false);
        centred(document.createParagraph(), summary, 14, true, false);
        rule(document.createParagraph());
        return this;
    }

    public XWPFParagraph centred(String text, int size, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        centred(paragraph, text, size, bold, italic);
        return paragraph;
    }

    /** A body paragraph: justified, first line indented, 14 pt. */
    public XWPFParagraph justified() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    /** A body paragraph with a bold lead ("Điều 1. ", "1. Thời gian: ") and its text. */
    public AdministrativeDocument paragraph(String lead, String text) {
        XWPFParagraph paragraph = justified();
        if (lead != null && !lead.isEmpty()) {
            run(paragraph, lead, 14, true, false);
        }
        run(paragraph, text == null ? "" : text, 14, false, false);
        return this;
    }

    /** A table of figures: a bold header row and the rows, 13 pt, bordered, across the text's width. */
    public AdministrativeDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth(Integer.toString(TEXT_WIDTH));
        for (int c = 0; c < header.size(); c++) {
            XWPFParagraph cell = table.getRow(0).getCell(c).getParagraphs().get(0);
            centred(cell, header.get(c), 13, true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                XWPFParagraph cell = table.getRow(r + 1).getCell(c).getParagraphs().get(0);
                run(cell, c < rows.get(r).size() && rows.get(r).get(c) != null ? rows.get(r).get(c) : "", 13, false, false);
            }
        }
        document.createParagraph();
        return this;
    }

    /**
     * The foot: the recipients (title bold italic 12 pt, lines 11 pt) on the left; on the right each
     * signing block's titles bold, room for the signature and the seal, then the signer's name.
     * Several signing blocks (a joint text: the chair and the secretary) stand side by side.
     */
    public AdministrativeDocument footer(String recipientsTitle, List<String> recipientLines, List<Signature> signatures) {
        document.createParagraph();
        boolean withRecipients = recipientLines != null && !recipientLines.isEmpty();
        // One signer keeps the decree's left column even without recipients, so the signature stays on the right.
        boolean recipientsColumn = withRecipients || signatures.size() == 1;
        int columns = signatures.size() + (recipientsColumn ? 1 : 0);
        XWPFTable table = columns == 2 && recipientsColumn ? twoColumns(1) : evenColumns(columns);
        int c = 0;
        if (recipientsColumn) {
            XWPFTableCell recipients = table.getRow(0).getCell(c++);
            if (withRecipients) {
                run(recipients.getParagraphs().get(0), recipientsTitle, 12, true, true);
                for (String line : recipientLines) {
                    run(recipients.addParagraph(), line, 11, false, false);
                }
            }
        }
        for (Signature signature : signatures) {
            XWPFTableCell cell = table.getRow(0).getCell(c++);
            List<String> titles = signature.titles();
            for (int i = 0; i < titles.size(); i++) {
                XWPFParagraph line = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                centred(line, titles.get(i), 14, true, false);
            }
            // Room for the signature and the seal.
            for (int i = 0; i < 4; i++) {
                cell.addParagraph();
            }
            centred(cell.addParagraph(), signature.name() == null ? "" : signature.name(), 14, true, false);
        }
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signing block: the titles above the signature ("TM. ỦY BAN", "CHỦ TỊCH") and the name under it. */
    public record Signature(List<String> titles, String name) {
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

    private XWPFTable twoColumns(int rows) {
        XWPFTable table = document.createTable(rows, 2);
        table.removeBorders();
        table.setWidth(Integer.toString(TEXT_WIDTH));
        for (var row : table.getRows()) {
            row.getCell(0).setWidth(Integer.toString(LEFT_COLUMN));
            row.getCell(1).setWidth(Integer.toString(TEXT_WIDTH - LEFT_COLUMN));
        }
        return table;
    }

    private XWPFTable evenColumns(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth(Integer.toString(TEXT_WIDTH));
        for (var cell : table.getRow(0).getTableCells()) {
            cell.setWidth(Integer.toString(TEXT_WIDTH / columns));
        }
        return table;
    }

    private static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, size, bold, italic);
    }

    /** Line breaks in the text become breaks in Word; other control characters are not valid XML. */
    public static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
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
