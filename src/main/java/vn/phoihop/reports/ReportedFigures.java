package vn.phoihop.reports;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures the system holds for one organisation in a year, counted from the records of each duty:
 * safe units registered and checked on time and resident groups consolidated (a local level's, through
 * the police that manages them), monthly updates on time, its model inspected and weaknesses remedied
 * (a member organisation's), commendations proposed and issued, members reached by propaganda, Zalo
 * members. A figure that does not apply to the organisation is null, shown as a dash.
 */
@Embeddable
public class ReportedFigures {

    private Integer units;
    @Column(name = "units_registered")
    private Integer unitsRegistered;
    @Column(name = "checks_opened")
    private Integer checksOpened;
    @Column(name = "checks_on_time")
    private Integer checksOnTime;
    @Column(name = "resident_groups")
    private Integer residentGroups;
    @Column(name = "resident_groups_consolidated")
    private Integer residentGroupsConsolidated;
    @Column(name = "updates_asked")
    private Integer updatesAsked;
    @Column(name = "updates_on_time")
    private Integer updatesOnTime;
    @Column(name = "models_inspected")
    private Integer modelsInspected;
    private Integer remediations;
    @Column(name = "remediations_closed")
    private Integer remediationsClosed;
    @Column(name = "commendations_proposed")
    private Integer commendationsProposed;
    @Column(name = "commendations_issued")
    private Integer commendationsIssued;
    @Column(name = "members_reached")
    private Integer membersReached;
    @Column(name = "zalo_members")
    private Integer zaloMembers;

    protected ReportedFigures() {
    }

    /** The figures of every organisation: commendations, propaganda reach, Zalo members. */
    static ReportedFigures common(int commendationsProposed, int commendationsIssued, int membersReached, int zaloMembers) {
        ReportedFigures figures = new ReportedFigures();
        figures.commendationsProposed = commendationsProposed;
        figures.commendationsIssued = commendationsIssued;
        figures.membersReached = membersReached;
        figures.zaloMembers = zaloMembers;
        return figures;
    }

    ReportedFigures withUnits(long units, long registered, long checksOpened, long checksOnTime, long residentGroups,
                              long consolidated) {
        this.units = (int) units;
        this.unitsRegistered = (int) registered;
        this.checksOpened = (int) checksOpened;
        this.checksOnTime = (int) checksOnTime;
        this.residentGroups = (int) residentGroups;
        this.residentGroupsConsolidated = (int) consolidated;
        return this;
    }

    ReportedFigures withMemberDuties(int updatesAsked, int updatesOnTime, int modelsInspected, int remediations, int closed) {
        this.updatesAsked = updatesAsked;
        this.updatesOnTime = updatesOnTime;
        this.modelsInspected = modelsInspected;
        this.remediations = remediations;
        this.remediationsClosed = closed;
        return this;
    }

    /** The figures one after the other, in the order of {@link #LABELS}: the columns of the report's table and workbook. */
    public List<Integer> values() {
        return Arrays.asList(units, unitsRegistered, checksOpened, checksOnTime, residentGroups, residentGroupsConsolidated,
                updatesAsked, updatesOnTime, modelsInspected, remediations, remediationsClosed, commendationsProposed,
                commendationsIssued, membersReached, zaloMembers);
    }

    /** Message keys of the figures' headings, in the order of {@link #values()}. */
    public static final List<String> LABELS = List.of("units", "unitsRegistered", "checksOpened", "checksOnTime",
            "residentGroups", "residentGroupsConsolidated", "updatesAsked", "updatesOnTime", "modelsInspected", "remediations",
            "remediationsClosed", "commendationsProposed", "commendationsIssued", "membersReached", "zaloMembers");

    /** Vietnamese headings of the documents (Word, Excel, PDF are in the language of the administration). */
    public static final List<String> HEADINGS_VI = List.of("Đơn vị (tổng số)", "Đơn vị đăng ký", "Lượt tự kiểm tra",
            "Tự kiểm tra đúng hạn", "Tổ dân cư tự quản", "Tổ dân cư được củng cố", "Lượt giao ban phải gửi", "Gửi giao ban đúng hạn",
            "Mô hình được kiểm tra", "Kiến nghị khắc phục", "Đã khắc phục", "Đề nghị khen thưởng", "Đã có quyết định khen thưởng",
            "Lượt người được tuyên truyền", "Thành viên nhóm Zalo");

    /** The figure under its label of {@link #LABELS}: null when it does not apply to the organisation. */
    public Integer value(String label) {
        int index = LABELS.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("No figure " + label);
        }
        return values().get(index);
    }
}
