package vn.phoihop.organizations;

import java.util.List;

record MovementModelTypeRow(String code, String nameVi, String nameEn) {

    record File(List<MovementModelTypeRow> modelTypes) {
    }
}
