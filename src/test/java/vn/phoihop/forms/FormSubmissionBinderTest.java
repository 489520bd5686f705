package vn.phoihop.forms;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
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

    /** The list "nominees" of {@code sample-dynamiclist.form}: 1 to 3 rows, posted as nominees[i].key. */
    @Nested
    class DynamicList {

        private final FormSchema listForm = TestForms.dynamicList();
        private final MultiValueMap<String, String> post = new LinkedMultiValueMap<>();

        @BeforeEach
        void titleOnly() {
            post.add("name", "Đợt 1");
        }

        private void row(int index, String kind, String name, String achievement) {
            TestForms.nominee(post, index, kind, name, achievement);
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> rows(FormSubmission s) {
            return (List<Map<String, Object>>) s.values().get("nominees");
        }

        private FormSubmission bindList() {
            return binder.bind(listForm, post, new LinkedMultiValueMap<>(), TestForms.context());
        }

        @Test
        void rowsBecomeAnArrayListOfTypedMaps() {
            row(0, "collective", "Phòng Tổ chức", "Hoàn thành xuất sắc");
            post.add("nominees[0].members", "12");
            post.add("nominees[0].previouslyAwarded", "true");
            post.add("nominees[0].fields", "work");
            post.add("nominees[0].fields", "movement");
            post.add("nominees[0].since", "2024-01-05");
            row(1, "individual", "Nguyễn Văn An", "Sáng kiến");

            FormSubmission s = bindList();

            assertThat(s.errors()).isEmpty();
            assertThat(s.values()).containsEntry("name", "Đợt 1");
            List<Map<String, Object>> rows = rows(s);
            assertThat(rows).isExactlyInstanceOf(java.util.ArrayList.class);
            assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).isExactlyInstanceOf(java.util.LinkedHashMap.class));
            Map<String, Object> first = new java.util.LinkedHashMap<>();
            first.put("kind", "collective");
            first.put("name", "Phòng Tổ chức");
            first.put("achievement", "Hoàn thành xuất sắc");
            first.put("members", 12L);
            first.put("previouslyAwarded", true);
            first.put("fields", List.of("work", "movement"));
            first.put("since", "2024-01-05");
            assertThat(rows.get(0)).isEqualTo(first);
            Map<String, Object> second = new java.util.LinkedHashMap<>();
            second.put("kind", "individual");
            second.put("name", "Nguyễn Văn An");
            second.put("achievement", "Sáng kiến");
            second.put("members", null);
            second.put("previouslyAwarded", false);
            second.put("fields", List.of());
            second.put("since", null);
            assertThat(rows.get(1)).isEqualTo(second);
            assertThat(rows.get(1).keySet()).containsExactlyElementsOf(first.keySet());
        }

        @Test
        void rowsAreTakenInIndexOrderGapsAllowedAndBlankRowsDropped() {
            row(7, "individual", "Bảy", "b");
            row(2, "collective", "Hai", "a");
            row(4, "", " ", "");
            post.add("nominees[5].previouslyAwarded", "false");

            FormSubmission s = bindList();

            assertThat(s.errors()).isEmpty();
            assertThat(rows(s)).extracting(r -> r.get("name"))
                    .containsExactly("Hai", "Bảy");
            assertThat(s.rawValues().get("nominees")).containsExactly("2", "4", "5", "7");
        }

        @Test
        void errorsAreKeptPerRowAndFieldWithWhatWasTyped() {
            row(0, "collective", "Phòng A", "Tốt");
            row(1, "individual", "", "<script>alert(1)</script>");

            FormSubmission s = bindList();

            assertThat(s.errors()).containsOnlyKeys("nominees[1].name");
            assertThat(codes(s, "nominees[1].name")).containsExactly("form.error.required");
            assertThat(s.rawValues()).containsEntry("nominees[0].name", List.of("Phòng A"))
                    .containsEntry("nominees[1].kind", List.of("individual"))
                    .containsEntry("nominees[1].achievement", List.of("<script>alert(1)</script>"));
        }

        @Test
        void eachRowFieldKeepsItsOwnRules() {
            row(0, "other", "x".repeat(256), "a");
            post.add("nominees[0].members", "501");
            post.add("nominees[0].fields", "sport");
            post.add("nominees[0].since", "05/01/2024");

            FormSubmission s = bindList();

            assertThat(codes(s, "nominees[0].kind")).containsExactly("form.error.option");
            assertThat(s.errorsFor("nominees[0].name")).containsExactly(FormFieldError.of("form.error.maxLength", 255));
            assertThat(codes(s, "nominees[0].members")).containsExactly("form.error.max");
            assertThat(codes(s, "nominees[0].fields")).containsExactly("form.error.option");
            assertThat(codes(s, "nominees[0].since")).containsExactly("form.error.date");
            assertThat(s.errors()).doesNotContainKeys("name", "nominees");
        }

        @Test
        void rowCountLimitsAreErrorsOfTheListItself() {
            FormSubmission none = bindList();
            assertThat(none.errorsFor("nominees")).containsExactly(FormFieldError.of("form.error.minItems", 1));
            assertThat(none.values().get("nominees")).isEqualTo(List.of());

            row(0, "individual", "Một", "a");
            row(1, "individual", "Hai", "a");
            row(2, "individual", "Ba", "a");
            assertThat(bindList().isValid()).isTrue();

            row(3, "individual", "Bốn", "a");
            assertThat(bindList().errors()).containsOnlyKeys("nominees");
            assertThat(bindList().errorsFor("nominees")).containsExactly(FormFieldError.of("form.error.maxItems", 3));
        }

        @Test
        void indicesBeyondTheHardLimitAreNotReadButRefused() {
            row(0, "individual", "Một", "a");
            post.add("nominees[" + FormSubmissionBinder.MAX_LIST_ROWS + "].name", "Xa");
            post.add("nominees[99999999999].name", "Rất xa");
            post.add("nominees[01].name", "Hai cách viết");

            FormSubmission s = bindList();

            assertThat(s.errorsFor("nominees")).containsExactly(FormFieldError.of("form.error.maxItems", 3));
            assertThat(s.rawValues().get("nominees")).containsExactly("0");
            assertThat(rows(s)).hasSize(1);
        }

        @Test
        void undeclaredRowKeysAndParametersAreIgnored() {
            row(0, "individual", "Một", "a");
            for (String undeclared : List.of("nominees[0].isAdmin", "nominees[1].isAdmin", "nominees[2]", "nominees",
                    "nominees[x].name", "kind")) {
                post.add(undeclared, "collective");
            }

            FormSubmission s = bindList();

            assertThat(s.isValid()).isTrue();
            assertThat(s.values()).containsOnlyKeys("name", "nominees");
            assertThat(rows(s)).singleElement()
                    .satisfies(r -> assertThat(r).doesNotContainKey("isAdmin").containsEntry("name", "Một"));
            assertThat(s.rawValues().get("nominees")).containsExactly("0");
        }
    }
}
