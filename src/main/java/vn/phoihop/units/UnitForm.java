package vn.phoihop.units;

/** The unit form as posted; text kept as typed so a refused form shows it again. */
public class UnitForm {

    private String code;
    private String kind;
    private String name;
    private String district;
    private String commune;
    private String managingOrganization;
    private String contactUser;
    private Long version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.kind = unit.getKind().name();
        form.name = unit.getName();
        form.district = unit.getDistrict();
        form.commune = unit.getCommune();
        form.managingOrganization = unit.getManagingOrganization();
        form.contactUser = unit.getContactUser();
        form.version = unit.getVersion();
        return form;
    }

    UnitValues values() {
        return new UnitValues(blankToNull(code), blankToNull(kind), blankToNull(name), blankToNull(district),
                blankToNull(commune), blankToNull(managingOrganization), blankToNull(contactUser));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getManagingOrganization() {
        return managingOrganization;
    }

    public void setManagingOrganization(String managingOrganization) {
        this.managingOrganization = managingOrganization;
    }

    public String getContactUser() {
        return contactUser;
    }

    public void setContactUser(String contactUser) {
        this.contactUser = contactUser;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
