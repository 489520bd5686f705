package vn.phoihop.commendations;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.AdministrativeDocument;

/**
 * Writes a commendation decision as a Word file laid out as Decree 30/2020/NĐ-CP (Appendix I)
 * prescribes ({@link AdministrativeDocument}), so that the office can print, sign and stamp it, or
 * correct it in Word first: after the header, the type and summary; the authority, the legal bases
 * and the articles; at the foot the recipients beside the signature. The words are
 * {@link DecisionContent}'s.
 */
@Component
public class DecisionDocument {

    static final String RULE = AdministrativeDocument.RULE;

    public byte[] write(DecisionContent content) {
        try (AdministrativeDocument document = new AdministrativeDocument()) {
            document.header(content.issuerLines(), content.text().mottoLines(), content.numberLine(), content.placeAndDate())
                    .title(content.type(), content.summary());
            XWPFParagraph authority = document.centred(content.authority(), 14, true, false);
            authority.setSpacingBefore(240);
            body(document, content);
            document.footer(content.recipientsTitle(), content.recipientLines(),
                    List.of(new AdministrativeDocument.Signature(content.signerLines(), content.signerName())));
            return document.bytes();
        }
    }

    private static void body(AdministrativeDocument document, DecisionContent content) {
        for (String basis : content.legalBases()) {
            AdministrativeDocument.run(document.justified(), basis, 14, false, true);
        }
        XWPFParagraph decides = document.centred(content.decides(), 14, true, false);
        decides.setSpacingBefore(240);
        document.paragraph("Điều 1. ", content.awardLine());
        for (String nominee : content.nomineeLines()) {
            document.paragraph(null, nominee);
        }
        document.paragraph(null, content.reasonLine());
        document.paragraph("Điều 2. ", content.article2());
        document.paragraph("Điều 3. ", content.article3());
    }
}
