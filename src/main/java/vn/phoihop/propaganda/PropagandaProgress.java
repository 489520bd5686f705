package vn.phoihop.propaganda;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's propaganda figures for a year (II.1, III.1.1, for the dashboard and the reports):
 * materials sent, confirmations on time, members reached by organisation and by topic, speakers'
 * talks held.
 */
@Service
@Transactional(readOnly = true)
public class PropagandaProgress {

    private final PropagandaService materials;

    PropagandaProgress(PropagandaService materials) {
        this.materials = materials;
    }

    public Figures of(int year) {
        int sent = 0;
        int asked = 0;
        int confirmed = 0;
        int onTime = 0;
        int talksRequested = 0;
        int talksHeld = 0;
        int attendance = 0;
        Map<String, Integer> byOrganization = new TreeMap<>();
        Map<PropagandaTopic, Integer> byTopic = new TreeMap<>();
        for (Material material : materials.ofYear(year)) {
            if (material.status() != MaterialStatus.SENT) {
                continue;
            }
            sent++;
            for (Confirmation confirmation : material.confirmations()) {
                asked++;
                if (confirmation.status() == ConfirmationStatus.CONFIRMED) {
                    confirmed++;
                    onTime += confirmation.confirmedOnTime() ? 1 : 0;
                    byOrganization.merge(confirmation.organization(), confirmation.membersReached(), Integer::sum);
                    byTopic.merge(material.topic(), confirmation.membersReached(), Integer::sum);
                }
                talksRequested += confirmation.speakerRequested() ? 1 : 0;
                if (confirmation.talkHeldOn() != null) {
                    talksHeld++;
                    attendance += confirmation.attendance();
                }
            }
        }
        return new Figures(year, sent, asked, confirmed, onTime, byOrganization, byTopic, talksRequested, talksHeld, attendance);
    }

    public record Figures(int year, int materialsSent, int confirmationsAsked, int confirmed, int confirmedOnTime,
                          Map<String, Integer> reachedByOrganization, Map<PropagandaTopic, Integer> reachedByTopic,
                          int talksRequested, int talksHeld, int talkAttendance) {

        public int reached() {
            return reachedByOrganization.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
