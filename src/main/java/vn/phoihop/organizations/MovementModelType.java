package vn.phoihop.organizations;

import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.portal.Bilingual;

/** A kind of movement model (mô hình) from the plan's footnote, e.g. "Tổ dân cư tự quản". */
@Entity
@Table(name = "movement_model_type")
public class MovementModelType {

    @Id
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MovementModelType() {
    }

    MovementModelType(String code) {
        this.code = code;
    }

    boolean updateFrom(MovementModelTypeRow row, int order) {
        var before = Arrays.asList(nameVi, nameEn, sortOrder);
        nameVi = row.nameVi();
        nameEn = row.nameEn();
        sortOrder = order;
        return !before.equals(Arrays.asList(nameVi, nameEn, sortOrder));
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameVi, nameEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
