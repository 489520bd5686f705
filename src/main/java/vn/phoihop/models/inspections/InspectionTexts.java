package vn.phoihop.models.inspections;

/** The lengths of an inspection's texts (checked with forms.FormTexts), the columns of V31. */
final class InspectionTexts {

    static final int LONG = 8000;
    static final int MEDIUM = 2000;
    static final int SHORT = 255;

    private InspectionTexts() {
    }
}
