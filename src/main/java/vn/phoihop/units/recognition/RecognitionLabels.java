package vn.phoihop.units.recognition;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.units.ScoringSheet;

/** A recognition's words for its forms, in the portal's language: the level with its total, a criterion group. */
@Component
class RecognitionLabels {

    private final MessageSource messages;

    RecognitionLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A criterion group as the rows' select offers it: its code, its name and its maximum. */
    String groupOption(ScoringSheet.Group group, BigDecimal maximum) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("units.recognition.groupOption", new Object[] {group.code(), group.text(locale),
                maximum.stripTrailingZeros().toPlainString()}, locale);
    }

    String levelWithTotal(Recognition recognition) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("units.recognition.levelWithTotal", new Object[] {
                messages.getMessage(recognition.level().messageKey(), null, locale),
                recognition.assessedTotal().stripTrailingZeros().toPlainString()}, locale);
    }
}
