package vn.phoihop.zalo;

/** The Zalo group form as posted; text kept as typed so a refused form shows it again. */
public class ZaloGroupForm {

    private String organization;
    private String name;
    private String level;
    private String area;
    private String residentGroup;
    private String administrator;
    private String joinLink;
    private String members;
    private String countedOn;
    private Long version;

    static ZaloGroupForm of(ZaloGroup group) {
        ZaloGroupForm form = new ZaloGroupForm();
        form.organization = group.getOrganization();
        form.name = group.getName();
        form.level = group.getLevel().name();
        form.area = group.getArea();
        form.residentGroup = group.getResidentGroup();
        form.administrator = group.getAdministrator();
        form.joinLink = group.getJoinLink();
        form.version = group.getVersion();
        return form;
    }

    ZaloGroupValues values() {
        return new ZaloGroupValues(blankToNull(organization), blankToNull(name), blankToNull(level), blankToNull(area),
                blankToNull(residentGroup), blankToNull(administrator), blankToNull(joinLink), blankToNull(members), blankToNull(countedOn));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getResidentGroup() {
        return residentGroup;
    }

    public void setResidentGroup(String residentGroup) {
        this.residentGroup = residentGroup;
    }

    public String getAdministrator() {
        return administrator;
    }

    public void setAdministrator(String administrator) {
        this.administrator = administrator;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public void setJoinLink(String joinLink) {
        this.joinLink = joinLink;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(String countedOn) {
        this.countedOn = countedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
