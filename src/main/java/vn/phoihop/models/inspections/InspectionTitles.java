package vn.phoihop.models.inspections;

/** The title the task list and notifications show for an inspection. */
final class InspectionTitles {

    private InspectionTitles() {
    }

    static String of(ModelInspection inspection) {
        return "Kiểm tra mô hình năm " + inspection.planYear() + " (" + inspection.id() + ")";
    }
}
