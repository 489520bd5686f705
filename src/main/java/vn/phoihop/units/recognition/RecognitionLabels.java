package vn.phoihop.units.recognition;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A recognition's level and total as words, for a read-only form field (the portal's language). */
@Component
class RecognitionLabels {

    private final MessageSource messages;

    RecognitionLabels(MessageSource messages) {
        this.messages = messages;
    }

    String levelWithTotal(Recognition recognition) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("units.recognition.levelWithTotal", new Object[] {
                messages.getMessage(recognition.level().messageKey(), null, locale),
                recognition.assessedTotal().stripTrailingZeros().toPlainString()}, locale);
    }
}
