package vn.phoihop.meetings;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.documents.Downloads;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The meeting register {@code /meetings}: the year's meetings with their state, a meeting's page
 * (minutes, updates, actions, proposed commendations), the minutes as a Word file in the Decree 30
 * layout and the register as a spreadsheet. What each user sees is {@link MeetingScope}'s.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {


    private final MeetingRegister register;
    private final MeetingService meetings;
    private final MeetingScope scope;
    private final MeetingProgress progress;
    private final MeetingExport export;
    private final MinutesDocument minutes;
    private final MeetingCommendations commendations;
    private final OrganizationTree organizations;

    MeetingController(MeetingRegister register, MeetingService meetings, MeetingScope scope, MeetingProgress progress,
                      MeetingExport export, MinutesDocument minutes, MeetingCommendations commendations,
                      OrganizationTree organizations) {
        this.register = register;
        this.meetings = meetings;
        this.scope = scope;
        this.progress = progress;
        this.export = export;
        this.minutes = minutes;
        this.commendations = commendations;
        this.organizations = organizations;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                Authentication authentication, Model model, Locale locale) {
        MeetingScope.Visible visible = visible(authentication);
        int shown = yearOrThis(year);
        Integer shownMonth = month != null && month >= 1 && month <= 12 ? month : null;
        model.addAttribute("navSection", "meetings");
        model.addAttribute("year", shown);
        model.addAttribute("month", shownMonth);
        model.addAttribute("rows", register.year(shown, visible).stream()
                .filter(row -> shownMonth == null || row.month() == shownMonth).toList());
        model.addAttribute("whole", visible.whole());
        if (visible.whole()) {
            model.addAttribute("progress", progress.of(shown));
        }
        return "meetings/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        MeetingScope.Visible visible = visible(authentication);
        Meeting meeting = visibleMeeting(id, visible);
        model.addAttribute("navSection", "meetings");
        model.addAttribute("view", MeetingView.of(meeting, visible, organizations.names(locale)));
        model.addAttribute("proposable", commendations.proposableBy(meeting, PortalUser.of(authentication)));
        return "meetings/page";
    }

    /** The minutes are the two sides' document: those who see meetings whole download them once recorded. */
    @GetMapping("/{id}/minutes.docx")
    ResponseEntity<byte[]> minutesDocx(@PathVariable String id, Authentication authentication) {
        MeetingScope.Visible visible = visible(authentication);
        if (!visible.whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Meeting meeting = visibleMeeting(id, visible);
        if (meeting.heldOn() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = "Biên bản " + (meeting.minutesNumber() == null ? meeting.id() : meeting.minutesNumber().replace('/', '-')) + ".docx";
        return Downloads.of(minutes.write(meeting), Downloads.DOCX, name);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) Integer year, Authentication authentication, Locale locale) {
        MeetingScope.Visible visible = visible(authentication);
        int shown = yearOrThis(year);
        return Downloads.of(export.write(register.year(shown, visible), organizations.names(locale), locale), Downloads.XLSX,
                "giao-ban-" + shown + ".xlsx");
    }

    private MeetingScope.Visible visible(Authentication authentication) {
        MeetingScope.Visible visible = scope.of(PortalUser.of(authentication));
        if (!visible.seesAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return visible;
    }

    /** Another organisation's meeting answers as if it did not exist. */
    private Meeting visibleMeeting(String id, MeetingScope.Visible visible) {
        return meetings.find(id)
                .filter(meeting -> visible.whole() || !visible.updatesOf(meeting).isEmpty() || !visible.actionsOf(meeting).isEmpty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int yearOrThis(Integer year) {
        int thisYear = ProvinceClock.today().getYear();
        return year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
    }
}
