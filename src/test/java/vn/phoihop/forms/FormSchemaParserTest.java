package vn.phoihop.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormSchemaParserTest {

    private final FormSchemaParser parser = new FormSchemaParser();

    private static Map<String, FormComponent> byKey(FormSchema schema) {
        return schema.fields().stream().collect(Collectors.toMap(FormComponent::key, Function.identity()));
    }

    @Test
    void readsEverySupportedTypeAndItsSettings() {
        FormSchema schema = TestForms.allTypes();
        Map<String, FormComponent> f = byKey(schema);

        assertThat(schema.id()).isEqualTo("test-all-types");
        assertThat(schema.components()).extracting(FormComponent::type).contains(
                FormComponentType.TEXT, FormComponentType.TEXTFIELD, FormComponentType.TEXTAREA,
                FormComponentType.NUMBER, FormComponentType.CHECKBOX, FormComponentType.CHECKLIST,
                FormComponentType.RADIO, FormComponentType.SELECT, FormComponentType.DATETIME,
                FormComponentType.GROUP, FormComponentType.FILEPICKER, FormComponentType.SEPARATOR,
                FormComponentType.SPACER, FormComponentType.BUTTON);

        FormComponent name = f.get("hoTen");
        assertThat(name.label()).isEqualTo("Họ tên <b>đậm</b>");
        assertThat(name.validate()).isEqualTo(new FormValidation(true, null, null, 2, 10, null, null));
        assertThat(f.get("maSo").validate().pattern()).isEqualTo("[A-Z]{2}[0-9]{3}");
        assertThat(f.get("email").validate().validationType()).isEqualTo("email");
        assertThat(f.get("ghiChu").description()).isEqualTo("Tối đa 20 ký tự");
        assertThat(f.get("soLuong").validate().min()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(f.get("soLuong").validate().max()).isEqualByComparingTo("100");
        assertThat(f.get("tyLe").decimalDigits()).isEqualTo(2);
        assertThat(f.get("nhan").values()).containsExactly(new FormOption("A", "a"), new FormOption("B", "b"));
        assertThat(f.get("donVi").valuesKey()).isEqualTo("dsDonVi");
        assertThat(f.get("loaiVanBan").referenceData()).isEqualTo("loaiVanBan");
        assertThat(f.get("ngay").subtype()).isEqualTo("date");
        assertThat(f.get("gio").subtype()).isEqualTo("time");
        assertThat(f.get("gio").displayLabel()).isEqualTo("Giờ");
        assertThat(f.get("thoiDiem").subtype()).isEqualTo("datetime");
        assertThat(f.get("tepDon").multiple()).isFalse();
        assertThat(f.get("tepDon").accept()).isEqualTo(".pdf,image/*");
        assertThat(f.get("nhieuTep").multiple()).isTrue();
        assertThat(f.get("maHoSo").readonly()).isTrue();
        assertThat(f.get("maHoSo").defaultValue()).isEqualTo("HS-001");
        assertThat(f.get("nguoiTao").disabled()).isTrue();
        assertThat(schema.components().get(0).text()).startsWith("## Hướng dẫn");
    }

    @Test
    void nestedGroupsKeepTheirChildrenAndFieldsAreFlattened() {
        FormSchema schema = TestForms.allTypes();
        FormComponent outer = schema.components().stream()
                .filter(c -> "G_1".equals(c.id())).findFirst().orElseThrow();

        assertThat(outer.label()).isEqualTo("Nhóm ngoài");
        assertThat(outer.key()).isNull();
        FormComponent inner = outer.components().get(0);
        assertThat(inner.type()).isEqualTo(FormComponentType.GROUP);
        assertThat(inner.components()).extracting(FormComponent::key).containsExactly("truongTrong");
        assertThat(schema.fields()).extracting(FormComponent::key).contains("truongTrong")
                .doesNotContainNull();
    }

    @Test
    void defaultValuesKeepTheirJsonType() {
        FormSchema schema = parser.parse("""
                {"id":"f","components":[
                  {"type":"number","key":"n","defaultValue":5},
                  {"type":"number","key":"d","defaultValue":2.5},
                  {"type":"checkbox","key":"c","defaultValue":true},
                  {"type":"checklist","key":"l","defaultValue":["x"],"values":[{"label":"X","value":"x"}]}]}
                """, "f.form");

        assertThat(schema.fields()).extracting(FormComponent::defaultValue)
                .containsExactly(5L, 2.5, true, List.of("x"));
    }

    @Test
    void unsupportedTypeNamesFormKeyAndType() {
        String json = """
                {"id":"ho-so","components":[{"id":"Table_1","key":"bang","type":"table","components":[]}]}
                """;

        assertThatThrownBy(() -> parser.parse(json, "ho-so.form"))
                .isInstanceOf(UnsupportedFormComponentException.class)
                .hasMessageContaining("ho-so").hasMessageContaining("bang").hasMessageContaining("table");
    }

    @Test
    void unsupportedTypeInsideGroupIsFoundToo() {
        String json = """
                {"id":"f","components":[{"type":"group","id":"g","components":[{"id":"Html_9","type":"html"}]}]}
                """;

        assertThatThrownBy(() -> parser.parse(json, "f.form"))
                .isInstanceOf(UnsupportedFormComponentException.class)
                .hasMessageContaining("Html_9").hasMessageContaining("html");
    }

    @Test
    void expressionsTheServerCannotEvaluateAreRefused() {
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"textfield","key":"a","conditional":{"hide":"=b"}}]}
                """, "f.form")).isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("hide");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"textfield","key":"a","readonly":"=x"}]}
                """, "f.form")).isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("readonly");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"select","key":"a","valuesExpression":"=list"}]}
                """, "f.form")).isInstanceOf(UnsupportedFormComponentException.class);
    }

    @Test
    void malformedFormsAreRefusedWithTheirSource() {
        assertThatThrownBy(() -> parser.parse("{not json", "broken.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("broken.form");
        assertThatThrownBy(() -> parser.parse("{\"components\":[]}", "noid.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("noid.form");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"textfield","key":"a"},{"type":"number","key":"a"}]}
                """, "f.form")).isInstanceOf(InvalidFormException.class).hasMessageContaining("'a'");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"textfield","id":"x"}]}
                """, "f.form")).isInstanceOf(InvalidFormException.class).hasMessageContaining("no key");
    }

    /** A dynamic list "ds" with the given extra JSON members and one row component, beside a field "ten". */
    private FormSchema listForm(String listMembers, String rowComponent) {
        return parser.parse("""
                {"id":"f","components":[{"type":"textfield","key":"ten"},
                 {"type":"dynamiclist","id":"DL","path":"ds","isRepeating":true%s,"components":[%s]}]}
                """.formatted(listMembers, rowComponent), "f.form");
    }

    @Test
    void dynamicListIsOneFieldKeyedByItsPathWithItsRowAsChildren() {
        FormSchema schema = TestForms.dynamicList();

        assertThat(schema.fields()).extracting(FormComponent::key).containsExactly("name", "nominees");
        FormComponent list = byKey(schema).get("nominees");
        assertThat(list.type()).isEqualTo(FormComponentType.DYNAMICLIST);
        assertThat(list.label()).isEqualTo("Tập thể, cá nhân được đề nghị");
        assertThat(list.minItems()).isEqualTo(1);
        assertThat(list.maxItems()).isEqualTo(3);
        assertThat(list.defaultRepetitions()).isEqualTo(1);
        assertThat(list.allowAddRemove()).isTrue();
        assertThat(list.components()).filteredOn(FormComponent::keyed).extracting(FormComponent::key)
                .containsExactly("kind", "name", "achievement", "members", "previouslyAwarded", "fields", "since");
        assertThat(list.components().get(1).validate().maxLength()).isEqualTo(255);
        assertThat(schema.hasDynamicList()).isTrue();
        assertThat(TestForms.allTypes().hasDynamicList()).isFalse();
    }

    @Test
    void dynamicListLimitsDefaultToNoneAndAHundred() {
        FormComponent list = byKey(listForm("", "{\"type\":\"textfield\",\"key\":\"a\"}")).get("ds");

        assertThat(list.minItems()).isZero();
        assertThat(list.maxItems()).isEqualTo(100);
        assertThat(list.initialRepetitions()).isEqualTo(1);
        assertThat(list.allowAddRemove()).isFalse();
    }

    @Test
    void dynamicListNeedsASimpleUniquePath() {
        String row = "{\"type\":\"textfield\",\"key\":\"a\"}";
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"dynamiclist","id":"DL","isRepeating":true,"components":[]}]}
                """, "f.form")).isInstanceOf(InvalidFormException.class).hasMessageContaining("no path");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"dynamiclist","path":"a.b","isRepeating":true,"components":[]}]}
                """, "f.form")).isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("a.b");
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"textfield","key":"ds"},
                 {"type":"dynamiclist","path":"ds","isRepeating":true,"components":[]}]}
                """, "f.form")).isInstanceOf(InvalidFormException.class).hasMessageContaining("'ds' is used twice");
        assertThatThrownBy(() -> listForm("", row + "," + row))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("'a' is used twice");
        // Keys of a row name entries of the row's map, not process variables.
        assertThat(listForm("", "{\"type\":\"textfield\",\"key\":\"ten\"}").fields())
                .extracting(FormComponent::key).containsExactly("ten", "ds");
    }

    @Test
    void dynamicListRowsHoldOnlyOneLevelOfPlainValues() {
        for (String child : List.of("{\"type\":\"filepicker\",\"key\":\"tep\"}",
                "{\"type\":\"group\",\"id\":\"G\",\"components\":[]}",
                "{\"type\":\"dynamiclist\",\"id\":\"D2\",\"path\":\"p\",\"isRepeating\":true,\"components\":[]}")) {
            assertThatThrownBy(() -> listForm("", child)).as(child)
                    .isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("inside the dynamic list");
        }
        assertThatThrownBy(() -> listForm("", "{\"type\":\"textfield\",\"key\":\"a\",\"readonly\":true}"))
                .isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("readonly");
        assertThatThrownBy(() -> listForm("", "{\"type\":\"textfield\",\"key\":\"a\",\"conditional\":{\"hide\":\"=x\"}}"))
                .isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("hide");
        assertThatThrownBy(() -> listForm("", "{\"type\":\"select\",\"key\":\"a\",\"valuesExpression\":\"=x\"}"))
                .isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("valuesExpression");
        assertThat(listForm("", "{\"type\":\"text\",\"text\":\"x\"},{\"type\":\"separator\"},{\"type\":\"spacer\"}")
                .fields().get(1).components()).hasSize(3);
    }

    @Test
    void dynamicListSettingsTheServerCannotHonourAreRefused() {
        String row = "{\"type\":\"textfield\",\"key\":\"a\"}";
        assertThatThrownBy(() -> parser.parse("""
                {"id":"f","components":[{"type":"dynamiclist","path":"ds","isRepeating":false,"components":[]}]}
                """, "f.form")).isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("not repeating");
        assertThatThrownBy(() -> listForm(",\"properties\":{\"minItems\":\"3\",\"maxItems\":\"2\"}", row))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("minItems 3 above maxItems 2");
        assertThatThrownBy(() -> listForm(",\"properties\":{\"maxItems\":\"many\"}", row))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("maxItems 'many'");
        assertThatThrownBy(() -> listForm(",\"properties\":{\"maxItems\":\"5000\"}", row))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("from 0 to 1000");
        assertThatThrownBy(() -> listForm(",\"readonly\":true", row))
                .isInstanceOf(UnsupportedFormComponentException.class).hasMessageContaining("readonly");
    }
}
