package vn.phoihop.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import vn.phoihop.meetings.MeetingProgress;
import vn.phoihop.models.inspections.InspectionProgress;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.propaganda.PropagandaProgress;
import vn.phoihop.reports.PeriodicReportProgress;
import vn.phoihop.reviews.ReviewProgress;
import vn.phoihop.units.registration.RegistrationProgress;
import vn.phoihop.units.residents.ResidentGroupProgress;

/**
 * The plan's targets for a year, each read from the feature that holds its records: units registered
 * and checked every month (II.3), a third of the resident groups consolidated, a liaison meeting every
 * month and the members' updates on time (II.5), one model of every member organisation inspected and
 * its weaknesses remedied (III.1.4), propaganda confirmed on time (III.1.1), the review's reports in
 * (III.1.2), the six-monthly and yearly reports on time (IV). Units and resident groups may be narrowed to managing levels; the others are the province's.
 */
@Service
public class PlanTargets {

    private final RegistrationProgress registrations;
    private final ResidentGroupProgress residentGroups;
    private final MeetingProgress meetings;
    private final InspectionProgress inspections;
    private final PropagandaProgress propaganda;
    private final ReviewProgress reviews;
    private final PeriodicReportProgress periodicReports;

    PlanTargets(RegistrationProgress registrations, ResidentGroupProgress residentGroups, MeetingProgress meetings,
                InspectionProgress inspections, PropagandaProgress propaganda, ReviewProgress reviews,
                PeriodicReportProgress periodicReports) {
        this.registrations = registrations;
        this.residentGroups = residentGroups;
        this.meetings = meetings;
        this.inspections = inspections;
        this.propaganda = propaganda;
        this.reviews = reviews;
        this.periodicReports = periodicReports;
    }

    /** @param managing the managing levels to count units and resident groups of, or null for the province */
    public List<Target> of(int year, Collection<String> managing) {
        return of(year, registrations.of(year, managing), residentGroups.of(managing), meetings.of(year));
    }

    /**
     * The same from figures the caller has already read (the dashboard shows them in detail too),
     * so that a page does not count the units, resident groups and meetings twice.
     */
    List<Target> of(int year, List<RegistrationProgress.Row> registrationRows, List<ResidentGroupProgress.Row> residentRows,
                    MeetingProgress.Figures meetingFigures) {
        List<Target> targets = new ArrayList<>();
        RegistrationProgress.Row units = RegistrationProgress.total(registrationRows);
        targets.add(new Target("unitsRegistered", units.registered(), units.units(), 100, "/units/progress?year=" + year));
        targets.add(new Target("checksOnTime", units.onTime(), units.checksOpened(), 100, "/units/progress?year=" + year));
        ResidentGroupProgress.Row groups = ResidentGroupProgress.total(residentRows);
        targets.add(new Target("residentGroups", groups.consolidated(), groups.groups(), 34, "/units/resident-groups"));
        int months = monthsElapsed(year);
        long monthsHeld = meetingFigures.heldPerMonth().stream().limit(months).filter(count -> count > 0).count();
        targets.add(new Target("meetingsHeld", monthsHeld, months, 100, "/meetings?year=" + year));
        targets.add(new Target("updatesOnTime", meetingFigures.updatesOnTime(), meetingFigures.updatesAsked(), 100, "/meetings?year=" + year));
        InspectionProgress.Figures inspected = inspections.of(year);
        targets.add(new Target("modelsInspected", inspected.organizationsInspected(), inspected.memberOrganizations(), 100,
                "/models/inspections?year=" + year));
        targets.add(new Target("remediationsClosed", inspected.remediationsClosed(), inspected.remediations(), 100,
                "/models/inspections?year=" + year));
        PropagandaProgress.Figures reach = propaganda.of(year);
        targets.add(new Target("propagandaOnTime", reach.confirmedOnTime(), reach.confirmationsAsked(), 100, "/propaganda?year=" + year));
        ReviewProgress.Figures review = reviews.latest();
        targets.add(new Target("reviewReports", review.reportsReceived(), review.reportsAsked(), 100, "/reviews"));
        PeriodicReportProgress.Figures reports = periodicReports.of(year);
        targets.add(new Target("reportsOnTime", reports.partsOnTime(), reports.partsAsked(), 100, "/reports?year=" + year));
        return targets;
    }

    /** The months of the year that have begun (all twelve for a past year, none for a future one). */
    static int monthsElapsed(int year) {
        LocalDate today = ProvinceClock.today();
        return year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
    }
}
