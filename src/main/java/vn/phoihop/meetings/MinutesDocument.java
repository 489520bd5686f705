package vn.phoihop.meetings;

import static vn.phoihop.meetings.MeetingFormValues.DAY;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.documents.AdministrativeDocument;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.security.Colleague;
import vn.phoihop.security.Colleagues;

/**
 * The minutes of a liaison meeting as a Word file in the Decree 30/2020/NĐ-CP layout of a biên bản:
 * the two bodies that hold the meeting (the provincial Police and Front, read from the organisation
 * tree) beside the motto; the number in the joint register and the place and date; "BIÊN BẢN" and
 * the meeting; time, place, chair and attendees; the content in the order the plan asks for it
 * (assessment, difficulties and how they were resolved, what comes next); the actions assigned and
 * the commendations proposed; the secretary (who recorded) and the chair sign.
 */
@Component
class MinutesDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OrganizationTree organizations;
    private final OrganizationGroups organizationGroups;
    private final Colleagues colleagues;
    private final LiaisonMeetingSchedule schedule;

    MinutesDocument(OrganizationTree organizations, OrganizationGroups organizationGroups, Colleagues colleagues,
                    LiaisonMeetingSchedule schedule) {
        this.organizations = organizations;
        this.organizationGroups = organizationGroups;
        this.colleagues = colleagues;
        this.schedule = schedule;
    }

    /** The meeting must have its minutes recorded; unapproved minutes carry no number yet. */
    byte[] write(Meeting meeting) {
        Map<String, String> names = organizations.names(VIETNAMESE);
        String number = meeting.minutesNumber() != null ? meeting.minutesNumber()
                : "      /" + MeetingService.MINUTES_TYPE + "-" + schedule.minutesIssuer();
        try (AdministrativeDocument document = new AdministrativeDocument()) {
            document.header(organizationGroups.coordinatingBodies(), AdministrativeDocument.MOTTO, "Số: " + number,
                            VietnameseDates.placeAndDate(schedule.place(), meeting.heldOn()))
                    .title("BIÊN BẢN", MeetingTitles.of(meeting));
            document.paragraph("Thời gian: ", VietnameseDates.date(meeting.heldOn()) + ".");
            document.paragraph("Địa điểm: ", meeting.place() + ".");
            document.paragraph("Chủ trì: ", meeting.chairedBy() + ".");
            document.paragraph("Thành phần tham dự:", "");
            for (MeetingAttendee attendee : meeting.attendees()) {
                String title = attendee.jobTitle() == null ? "" : ", " + attendee.jobTitle();
                document.paragraph(null, "- " + attendee.name() + title + " (" + names.getOrDefault(attendee.organization(),
                        attendee.organization()) + ");");
            }
            if (meeting.kind() == MeetingKind.AD_HOC) {
                document.paragraph("Lý do triệu tập: ", meeting.reason());
            }
            document.paragraph("NỘI DUNG", "");
            document.paragraph("1. Đánh giá kết quả phối hợp: ", meeting.assessment());
            document.paragraph("2. Khó khăn, vướng mắc: ", orNone(meeting.difficulties()));
            document.paragraph("3. Hướng giải quyết, chấn chỉnh: ", orNone(meeting.resolutions()));
            document.paragraph("4. Nội dung phối hợp thời gian tới: ", meeting.nextPeriod());
            document.paragraph("5. Giao nhiệm vụ:", meeting.actions().isEmpty() ? " Không." : "");
            for (MeetingAction action : meeting.actions()) {
                document.paragraph(null, "- " + names.getOrDefault(action.organization(), action.organization()) + ": "
                        + action.content() + " (hạn " + DAY.format(action.dueOn()) + ");");
            }
            document.paragraph("6. Đề xuất khen thưởng:", meeting.commendations().isEmpty() ? " Không." : "");
            for (MeetingCommendation commendation : meeting.commendations()) {
                document.paragraph(null, "- " + commendation.nominee() + ": " + commendation.achievement() + " ("
                        + names.getOrDefault(commendation.organization(), commendation.organization()) + " lập hồ sơ đề nghị);");
            }
            document.paragraph(null, "Biên bản được các bên tham dự thống nhất thông qua.");
            document.footer(null, List.of(), List.of(
                    new AdministrativeDocument.Signature(List.of("THƯ KÝ"), recorderName(meeting)),
                    new AdministrativeDocument.Signature(List.of("CHỦ TRÌ"), chairName(meeting))));
            return document.bytes();
        }
    }

    private String recorderName(Meeting meeting) {
        return meeting.recordedBy() == null ? "" : colleagues.find(meeting.recordedBy())
                .map(Colleague::name).orElse(meeting.recordedBy());
    }

    /** The chair as written in the minutes, without the title after the comma ("Trần Minh Khang, Trưởng phòng"). */
    private static String chairName(Meeting meeting) {
        String chair = meeting.chairedBy();
        int comma = chair.indexOf(',');
        return comma > 0 ? chair.substring(0, comma).strip() : chair;
    }

    private static String orNone(String text) {
        return text == null ? "Không." : text;
    }
}
