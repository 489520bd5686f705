package vn.phoihop.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.commendations.CommendationProgress;
import vn.phoihop.meetings.MeetingProgress;
import vn.phoihop.models.inspections.InspectionProgress;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.propaganda.PropagandaProgress;
import vn.phoihop.units.registration.RegistrationProgress;
import vn.phoihop.units.residents.ResidentGroupProgress;
import vn.phoihop.zalo.ZaloGrowth;

/**
 * What the system holds for an organisation in a year, read from each duty's own progress figures:
 * the form of a periodic report shows them and the submitted part keeps them. The units and resident
 * groups of an area are its police's figures (the Front of the area reports on the same units, and
 * counting them twice would double the province's total). Which organisations
 * report follows the tree in force: the police and Front of every district (until June 2025) or commune
 * and ward (since), and every member organisation.
 */
@Component
@Transactional(readOnly = true)
class OrganizationFigures {

    private final OrganizationTree organizations;
    private final RegistrationProgress registrations;
    private final ResidentGroupProgress residentGroups;
    private final MeetingProgress meetings;
    private final InspectionProgress inspections;
    private final CommendationProgress commendations;
    private final PropagandaProgress propaganda;
    private final ZaloGrowth zalo;

    OrganizationFigures(OrganizationTree organizations, RegistrationProgress registrations, ResidentGroupProgress residentGroups,
                        MeetingProgress meetings, InspectionProgress inspections, CommendationProgress commendations,
                        PropagandaProgress propaganda, ZaloGrowth zalo) {
        this.organizations = organizations;
        this.registrations = registrations;
        this.residentGroups = residentGroups;
        this.meetings = meetings;
        this.inspections = inspections;
        this.commendations = commendations;
        this.propaganda = propaganda;
        this.zalo = zalo;
    }

    /** The organisations that report for the period: the tree in force today, or on the period's last day for a past year. */
    List<String> reportingFor(int year, ReportPeriod period) {
        LocalDate today = ProvinceClock.today();
        LocalDate day = year < today.getYear() ? period.lastDay(year) : today;
        return organizations.actingOrganizationsOn(day).stream()
                .filter(organization -> organization.getKind().isLocalLevel()
                        || organization.getKind() == OrganizationKind.MEMBER_ORGANIZATION)
                .map(Organization::getCode).toList();
    }

    ReportedFigures of(String code, int year) {
        return of(List.of(code), year).get(code);
    }

    /** Several organisations' figures at once: the year's propaganda and Zalo groups are read once for all of them. */
    Map<String, ReportedFigures> of(List<String> codes, int year) {
        PropagandaProgress.Figures reach = propaganda.of(year);
        ZaloGrowth.Figures zaloGroups = zalo.of(year);
        Map<String, ReportedFigures> all = new LinkedHashMap<>();
        for (String code : codes) {
            all.put(code, of(code, year, reach, zaloGroups));
        }
        return all;
    }

    private ReportedFigures of(String code, int year, PropagandaProgress.Figures reach, ZaloGrowth.Figures zaloGroups) {
        CommendationProgress.Figures proposals = commendations.of(year, code);
        ZaloGrowth.Row groups = zaloGroups.byOrganization().get(code);
        ReportedFigures figures = ReportedFigures.common(proposals.proposed(), proposals.issued(),
                reach.reachedByOrganization().getOrDefault(code, 0), groups == null ? 0 : groups.latest());
        Organization organization = organizations.find(code).orElseThrow(() -> new IllegalArgumentException("No organisation " + code));
        if (organization.getKind().managesUnits()) {
            Set<String> managing = Set.of(code);
            RegistrationProgress.Row units = RegistrationProgress.total(registrations.of(year, managing));
            ResidentGroupProgress.Row residents = ResidentGroupProgress.total(residentGroups.of(managing));
            figures.withUnits(units.units(), units.registered(), units.checksOpened(), units.onTime(), residents.groups(),
                    residents.consolidated());
        } else if (organization.getKind() == OrganizationKind.MEMBER_ORGANIZATION) {
            MeetingProgress.Figures updates = meetings.of(year, code::equals);
            InspectionProgress.Figures inspected = inspections.of(year, code::equals);
            figures.withMemberDuties(updates.updatesAsked(), updates.updatesOnTime(), inspected.organizationsInspected(),
                    inspected.remediations(), inspected.remediationsClosed());
        }
        return figures;
    }
}
