package vn.phoihop.forms;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormSubmissionBinderTest {

    private final FormSchema form = TestForms.allTypes();
    private final FormSubmissionBinder binder = new FormSubmissionBinder(TestForms.options());
    private MultiValueMap<String, String> params;
    private MultiValueMap<String, MultipartFile> files;

    @BeforeEach
    void validBaseline() {
        params = new LinkedMultiValueMap<>();
        params.add("hoTen", "Nguyễn An");
        params.add("soLuong", "3");
        params.add("dongY", "true");
        params.add("nhan", "a");
        files = new LinkedMultiValueMap<>();
        files.add("nhieuTep", pdf("ke-hoach.pdf"));
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("f", name, "application/pdf", new byte[] {1, 2, 3});
    }

    private FormSubmission bind() {
        return binder.bind(form, params, files, TestForms.context());
    }

    private FormSubmission bindWith(String key, String... values) {
        params.put(key, List.of(values));
        return bind();
    }

    private static List<String> codes(FormSubmission s, String key) {
        return s.errorsFor(key).stream().map(FormFieldError::code).toList();
    }

    @Test
    void validBaselineBindsTypedValues() {
        FormSubmission s = bind();

        assertThat(s.errors()).isEmpty();
        assertThat(s.isValid()).isTrue();
        assertThat(s.values()).containsEntry("hoTen", "Nguyễn An").containsEntry("soLuong", 3L)
                .containsEntry("dongY", true).containsEntry("nhan", List.of("a"))
                .containsEntry("maSo", null).containsEntry("capDo", null);
        assertThat(s.files().get("nhieuTep")).hasSize(1);
        assertThat(s.values()).doesNotContainKey("nhieuTep");
    }

    @Test
    void requiredIsEnforcedPerType() {
        params.clear();
        params.add("hoTen", "   ");
        files.clear();
        files.add("nhieuTep", new MockMultipartFile("nhieuTep", "", "application/octet-stream", new byte[0]));

        FormSubmission s = bind();

        assertThat(s.isValid()).isFalse();
        assertThat(s.errors()).containsOnlyKeys("hoTen", "soLuong", "dongY", "nhan", "nhieuTep");
        assertThat(s.errors().values()).allSatisfy(list ->
                assertThat(list).extracting(FormFieldError::code).containsExactly("form.error.required"));
        assertThat(s.values().get("dongY")).isEqualTo(false);
    }

    @Test
    void lengthLimitsUseTrimmedLengthAndCarryTheLimit() {
        FormSubmission tooShort = bindWith("hoTen", " A ");
        assertThat(tooShort.errorsFor("hoTen")).containsExactly(FormFieldError.of("form.error.minLength", 2));

        FormSubmission tooLong = bindWith("hoTen", "Nguyễn Văn An");
        assertThat(tooLong.errorsFor("hoTen")).containsExactly(FormFieldError.of("form.error.maxLength", 10));

        assertThat(bindWith("hoTen", "  Lê Bình ").isValid()).isTrue();
        assertThat(codes(bindWith("ghiChu", "x".repeat(21)), "ghiChu")).containsExactly("form.error.maxLength");
    }

    @Test
    void hardCapRefusesAbsurdInputEvenWithoutMaxLength() {
        FormSubmission s = bindWith("truongTrong", "x".repeat(FormSubmissionBinder.MAX_STRING_LENGTH + 1));

        assertThat(s.errorsFor("truongTrong"))
                .containsExactly(FormFieldError.of("form.error.maxLength", FormSubmissionBinder.MAX_STRING_LENGTH));
        assertThat(s.values()).doesNotContainKey("truongTrong");
        assertThat(s.rawValues().get("truongTrong").get(0)).hasSize(FormSubmissionBinder.MAX_STRING_LENGTH);
        assertThat(bindWith("truongTrong", "x".repeat(FormSubmissionBinder.MAX_STRING_LENGTH)).isValid()).isTrue();
    }

    @Test
    void patternMustMatchTheWholeValue() {
        assertThat(bindWith("maSo", "AB123").isValid()).isTrue();
        assertThat(codes(bindWith("maSo", "xAB123x"), "maSo")).containsExactly("form.error.pattern");
        assertThat(codes(bindWith("maSo", "AB12"), "maSo")).containsExactly("form.error.pattern");
    }

    @Test
    void emailAndPhoneValidationTypes() {
        assertThat(bindWith("email", "an@so-khdt.gov.vn").isValid()).isTrue();
        assertThat(codes(bindWith("email", "an@"), "email")).containsExactly("form.error.email");
        assertThat(bindWith("dienThoai", "+84912345678").errorsFor("dienThoai")).isEmpty();
        assertThat(codes(bindWith("dienThoai", "0912 345 678"), "dienThoai")).containsExactly("form.error.phone");
    }

    @Test
    void numbersAreParsedTypedAndRangeChecked() {
        assertThat(bindWith("soLuong", "1").values().get("soLuong")).isEqualTo(1L);
        assertThat(bindWith("soLuong", "100").values().get("soLuong")).isEqualTo(100L);
        assertThat(bindWith("soLuong", "2.50").values().get("soLuong")).isEqualTo(2.5);
        assertThat(bindWith("soLuong", "0").errorsFor("soLuong")).containsExactly(FormFieldError.of("form.error.min", "1"));
        assertThat(bindWith("soLuong", "100.5").errorsFor("soLuong")).containsExactly(FormFieldError.of("form.error.max", "100"));
        assertThat(codes(bindWith("tyLe", "1.234"), "tyLe")).containsExactly("form.error.decimalDigits");
        assertThat(bindWith("tyLe", "1.23").values().get("tyLe")).isEqualTo(1.23);
        for (String bad : List.of("abc", "1,5", "NaN", "Infinity", "0x10", "1e999")) {
            assertThat(codes(bindWith("soLuong", bad), "soLuong")).as(bad).containsExactly("form.error.number");
        }
    }

    @Test
    void wrongTypeKeepsTheRawValueForReRendering() {
        FormSubmission s = bindWith("soLuong", "abc");

        assertThat(s.rawValues().get("soLuong")).containsExactly("abc");
        assertThat(s.values()).doesNotContainKey("soLuong");
        assertThat(bindWith("ngay", "05/01/2024").rawValues().get("ngay")).containsExactly("05/01/2024");
    }

    @Test
    void datetimeSubtypesAreStoredAsFormJsDoes() {
        params.add("ngay", "2024-01-05");
        params.add("gio", "13:45");
        params.add("thoiDiem", "2024-01-05T13:45");

        FormSubmission s = bind();

        assertThat(s.values()).containsEntry("ngay", "2024-01-05").containsEntry("gio", "13:45")
                .containsEntry("thoiDiem", "2024-01-05T13:45");
        assertThat(codes(bindWith("ngay", "2024-02-30"), "ngay")).containsExactly("form.error.date");
        assertThat(codes(bindWith("gio", "25:00"), "gio")).containsExactly("form.error.date");
        assertThat(codes(bindWith("thoiDiem", "2024-01-05"), "thoiDiem")).containsExactly("form.error.date");
    }

    @Test
    void checkboxAcceptsOnlyCheckedOrUnchecked() {
        assertThat(bindWith("dongY", "on").values().get("dongY")).isEqualTo(true);
        assertThat(codes(bindWith("dongY", "maybe"), "dongY")).containsExactly("form.error.option");
    }

    @Test
    void staticOptionsAreTheOnlyValuesAccepted() {
        assertThat(bindWith("capDo", "cao").values().get("capDo")).isEqualTo("cao");
        assertThat(codes(bindWith("capDo", "rat-cao"), "capDo")).containsExactly("form.error.option");
        assertThat(bindWith("nhan", "a", "b", "a").values().get("nhan")).isEqualTo(List.of("a", "b"));
        assertThat(codes(bindWith("nhan", "a", "z"), "nhan")).containsExactly("form.error.option");
    }

    @Test
    void valuesKeyOptionsComeFromTheVariables() {
        assertThat(bindWith("donVi", "PA").values().get("donVi")).isEqualTo("PA");
        assertThat(bindWith("donVi", "PB").values().get("donVi")).isEqualTo("PB");
        assertThat(codes(bindWith("donVi", "PC"), "donVi")).containsExactly("form.error.option");

        params.put("donVi", List.of("PA"));
        FormSubmission withoutVariable = binder.bind(form, params, files, FormContext.of(Map.of(), TestForms.VI));
        assertThat(codes(withoutVariable, "donVi")).containsExactly("form.error.option");
    }

    @Test
    void referenceDataOptionsComeFromTheSource() {
        assertThat(bindWith("loaiVanBan", "QD").values().get("loaiVanBan")).isEqualTo("QD");
        assertThat(codes(bindWith("loaiVanBan", "XX"), "loaiVanBan")).containsExactly("form.error.option");

        FormSubmissionBinder withoutSource = new FormSubmissionBinder(
                new FormOptionsResolver((name, locale) -> List.of()));
        params.put("loaiVanBan", List.of("QD"));
        assertThat(codes(withoutSource.bind(form, params, files, TestForms.context()), "loaiVanBan"))
                .containsExactly("form.error.option");
    }

    @Test
    void undeclaredParametersNeverBecomeValues() {
        params.add("_csrf", "token");
        params.add("isAdmin", "true");
        params.add("Text_1", "x");

        FormSubmission s = bind();

        assertThat(s.isValid()).isTrue();
        assertThat(s.values().keySet()).doesNotContain("_csrf", "isAdmin", "Text_1")
                .isSubsetOf(form.fields().stream().map(FormComponent::key).toList());
        assertThat(s.rawValues()).doesNotContainKey("isAdmin");
    }

    @Test
    void lockedFieldsIgnoreThePostedValue() {
        params.add("maHoSo", "HACKED");
        params.add("nguoiTao", "HACKED");

        FormSubmission fromDefault = bind();
        assertThat(fromDefault.values()).containsEntry("maHoSo", "HS-001").doesNotContainKey("nguoiTao");

        FormSubmission fromVariable = binder.bind(form, params, files,
                FormContext.of(Map.of("maHoSo", "HS-777", "nguoiTao", "an"), TestForms.VI));
        assertThat(fromVariable.values()).containsEntry("maHoSo", "HS-777").doesNotContainKey("nguoiTao");
        assertThat(fromVariable.rawValues().get("nguoiTao")).containsExactly("an");
    }

    @Test
    void filePickerCountAndTypeAreChecked() {
        files.add("tepDon", pdf("a.pdf"));
        assertThat(bind().isValid()).isTrue();

        files.add("tepDon", pdf("b.pdf"));
        assertThat(codes(bind(), "tepDon")).containsExactly("form.error.tooManyFiles");

        files.put("tepDon", List.of(new MockMultipartFile("f", "anh.png", "image/png", new byte[] {1})));
        assertThat(bind().isValid()).isTrue();

        files.put("tepDon", List.of(new MockMultipartFile("f", "virus.exe", "application/x-msdownload", new byte[] {1})));
        assertThat(bind().errorsFor("tepDon")).containsExactly(FormFieldError.of("form.error.fileType", ".pdf,image/*"));

        files.put("nhieuTep", List.of(pdf("1.pdf"), pdf("2.pdf"), pdf("3.pdf")));
        assertThat(bind().files().get("nhieuTep")).hasSize(3);
    }

    @Test
    void servletParameterMapIsAcceptedToo() {
        FormSubmission s = binder.bind(form, Map.of("hoTen", new String[] {"Trần Bình"}, "soLuong", new String[] {"7"},
                "dongY", new String[] {"true"}, "nhan", new String[] {"a", "b"}), files, TestForms.context());

        assertThat(s.isValid()).isTrue();
        assertThat(s.values()).containsEntry("soLuong", 7L).containsEntry("nhan", List.of("a", "b"));
    }
}
