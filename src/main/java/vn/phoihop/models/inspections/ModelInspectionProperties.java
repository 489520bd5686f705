package vn.phoihop.models.inspections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the model inspections ({@code phoihop.model-inspections.*}).
 *
 * @param selectionDays          working days the member organisations have to select their model
 * @param selectionReminderDays  working days before that deadline when an organisation that has not selected is reminded
 * @param selectionGraceDays     working days after the deadline when the team is proposed without the missing selections
 * @param remediationDays        calendar days after the inspection a weakness is to be remedied by, when the team sets no day
 * @param remediationReminderDays calendar days before a remediation's due day when its organisation is reminded
 */
@ConfigurationProperties("phoihop.model-inspections")
public record ModelInspectionProperties(@DefaultValue("10") int selectionDays,
                                        @DefaultValue("2") int selectionReminderDays,
                                        @DefaultValue("3") int selectionGraceDays,
                                        @DefaultValue("30") int remediationDays,
                                        @DefaultValue("3") int remediationReminderDays) {

    public ModelInspectionProperties {
        if (selectionDays < 1 || selectionReminderDays < 0 || selectionReminderDays >= selectionDays
                || selectionGraceDays < 0 || remediationDays < 1 || remediationReminderDays < 0) {
            throw new IllegalArgumentException("phoihop.model-inspections: selectionDays ≥ 1, 0 ≤ selectionReminderDays < "
                    + "selectionDays, selectionGraceDays ≥ 0, remediationDays ≥ 1, remediationReminderDays ≥ 0");
        }
    }
}
