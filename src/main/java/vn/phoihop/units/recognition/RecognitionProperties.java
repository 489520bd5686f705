package vn.phoihop.units.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the year-end recognition ({@code phoihop.recognition.*}).
 *
 * @param dossierDays days the unit has to send its dossier after the hand-over; when they pass,
 *                    the managing level gets a follow-up task (the unit may still send it)
 */
@ConfigurationProperties("phoihop.recognition")
public record RecognitionProperties(@DefaultValue("20") int dossierDays) {

    public RecognitionProperties {
        if (dossierDays < 1) {
            throw new IllegalArgumentException("phoihop.recognition.dossier-days must be at least 1");
        }
    }
}
