package vn.phoihop.models;

/** The model form as posted; text kept as typed so a refused form shows it again. */
public class ModelForm {

    private String type;
    private String name;
    private String sponsor;
    private String district;
    private String commune;
    private String startedOn;
    private String boardMembers;
    private Long version;

    static ModelForm of(MovementModel model) {
        ModelForm form = new ModelForm();
        form.type = model.getTypeCode();
        form.name = model.getName();
        form.sponsor = model.getSponsor();
        form.district = model.getDistrict();
        form.commune = model.getCommune();
        form.startedOn = model.getStartedOn() == null ? null : model.getStartedOn().toString();
        form.boardMembers = model.getBoardMembers();
        form.version = model.getVersion();
        return form;
    }

    ModelValues values() {
        return new ModelValues(blankToNull(type), blankToNull(name), blankToNull(sponsor), blankToNull(district), blankToNull(commune),
                blankToNull(startedOn), blankToNull(boardMembers));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
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

    public String getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(String startedOn) {
        this.startedOn = startedOn;
    }

    public String getBoardMembers() {
        return boardMembers;
    }

    public void setBoardMembers(String boardMembers) {
        this.boardMembers = boardMembers;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
