package vn.phoihop.propaganda;

/** The title the task list and notifications show for a material. */
final class MaterialTitles {

    private MaterialTitles() {
    }

    static String of(Material material) {
        return "Tuyên truyền: " + material.title() + " (" + material.id() + ")";
    }
}
