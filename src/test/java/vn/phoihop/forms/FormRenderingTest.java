package vn.phoihop.forms;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormRenderingTest {

    private static final SpringTemplateEngine ENGINE = engine();

    private final FormSchema form = TestForms.allTypes();
    private final FormViewFactory views = new FormViewFactory(TestForms.options());
    private final FormSubmissionBinder binder = new FormSubmissionBinder(TestForms.options());

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** The form inside a bare page ({@code templates/forms-test-page.html}), as the browser would get it. */
    static String html(FormView view, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("form", view);
        String html = ENGINE.process("forms-test-page", context);
        if (Boolean.getBoolean("forms.dump")) {
            System.out.println(html);
        }
        return html;
    }

    private static Document render(FormView view, Locale locale) {
        return Jsoup.parse(html(view, locale));
    }

    private Document renderBlank() {
        return render(views.create(form, TestForms.context()), TestForms.VI);
    }

    @Test
    void eachComponentTypeRendersItsInput() {
        Document doc = renderBlank();

        assertThat(doc.select("form").attr("enctype")).isEqualTo("multipart/form-data");
        Element name = doc.selectFirst("input[name=hoTen]");
        assertThat(name.attr("type")).isEqualTo("text");
        assertThat(name.hasClass("form-control")).isTrue();
        assertThat(name.hasAttr("required")).isTrue();
        assertThat(name.attr("maxlength")).isEqualTo("10");
        assertThat(name.attr("minlength")).isEqualTo("2");
        assertThat(doc.selectFirst("label[for=" + name.id() + "]").text()).startsWith("Họ tên");
        assertThat(doc.selectFirst("input[name=truongTrong]").attr("maxlength"))
                .isEqualTo(String.valueOf(FormSubmissionBinder.MAX_STRING_LENGTH));
        assertThat(doc.selectFirst("textarea[name=ghiChu]").hasClass("form-control")).isTrue();

        Element qty = doc.selectFirst("input[name=soLuong]");
        assertThat(qty.attr("type")).isEqualTo("number");
        assertThat(qty.attr("min")).isEqualTo("1");
        assertThat(qty.attr("max")).isEqualTo("100");
        assertThat(doc.selectFirst("input[name=tyLe]").attr("step")).isEqualTo("0.01");

        Element ok = doc.selectFirst("input[name=dongY]");
        assertThat(ok.attr("type")).isEqualTo("checkbox");
        assertThat(ok.attr("value")).isEqualTo("true");
        assertThat(ok.parent().hasClass("form-check")).isTrue();

        assertThat(doc.select("input[type=checkbox][name=nhan]")).extracting(e -> e.attr("value")).containsExactly("a", "b");
        assertThat(doc.select("input[type=radio][name=capDo]")).extracting(e -> e.attr("value")).containsExactly("thap", "cao");
        assertThat(doc.select("input[name=capDo]").first().closest("fieldset").selectFirst("legend").text()).isEqualTo("Cấp độ");

        Element unit = doc.selectFirst("select[name=donVi]");
        assertThat(unit.hasClass("form-select")).isTrue();
        assertThat(unit.select("option")).extracting(Element::val).containsExactly("", "PA", "PB");
        assertThat(unit.select("option").get(1).text()).isEqualTo("Phòng A");
        assertThat(doc.select("select[name=loaiVanBan] option")).extracting(Element::text)
                .containsExactly("-- Chọn --", "Công văn", "Quyết định");

        assertThat(doc.selectFirst("input[name=ngay]").attr("type")).isEqualTo("date");
        assertThat(doc.selectFirst("input[name=gio]").attr("type")).isEqualTo("time");
        assertThat(doc.selectFirst("input[name=thoiDiem]").attr("type")).isEqualTo("datetime-local");

        Element one = doc.selectFirst("input[name=tepDon]");
        assertThat(one.attr("type")).isEqualTo("file");
        assertThat(one.hasAttr("multiple")).isFalse();
        assertThat(one.attr("accept")).isEqualTo(".pdf,image/*");
        assertThat(doc.selectFirst("input[name=nhieuTep]").hasAttr("multiple")).isTrue();

        assertThat(doc.selectFirst("input[name=maHoSo]").hasAttr("readonly")).isTrue();
        assertThat(doc.selectFirst("input[name=maHoSo]").val()).isEqualTo("HS-001");
        assertThat(doc.select("hr")).hasSize(1);
        assertThat(doc.select("button")).isEmpty();
        assertThat(doc.select("form > form, input[name=_csrf]")).isEmpty();
    }

    @Test
    void groupsRenderAsNestedFieldsets() {
        Document doc = renderBlank();

        Element inner = doc.selectFirst("input[name=truongTrong]");
        List<String> legends = inner.parents().stream().filter(e -> e.tagName().equals("fieldset"))
                .map(e -> e.selectFirst("> legend").text()).toList();
        assertThat(legends).containsExactly("Nhóm trong", "Nhóm ngoài");
    }

    @Test
    void textComponentAndLabelsAreEscapedNeverRawHtml() {
        Document doc = renderBlank();

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.selectFirst("label[for=fld-hoTen]").text()).contains("Họ tên <b>đậm</b>");
        Element text = doc.selectFirst(".form-static-text");
        assertThat(text.selectFirst("h3").text()).isEqualTo("Hướng dẫn");
        assertThat(text.select("p")).extracting(Element::text)
                .containsExactly("Đoạn một.", "<script>alert(1)</script>");
    }

    @Test
    void errorsShowNextToTheirFieldAndTypedValuesAreKept() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("hoTen", "Nguyễn Văn An Bình");
        params.add("soLuong", "abc");
        params.add("nhan", "b");
        params.add("capDo", "cao");
        params.add("donVi", "PB");
        params.add("ngay", "2024-01-05");
        params.add("ghiChu", "<i>ghi chú</i>");
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        files.add("nhieuTep", new MockMultipartFile("f", "a.pdf", "application/pdf", new byte[] {1}));
        FormSubmission submission = binder.bind(form, params, files, TestForms.context());
        assertThat(submission.errors()).containsOnlyKeys("hoTen", "soLuong", "dongY");

        Document doc = render(views.create(form, submission, TestForms.context()), TestForms.VI);

        Element name = doc.selectFirst("input[name=hoTen]");
        assertThat(name.hasClass("is-invalid")).isTrue();
        assertThat(name.val()).isEqualTo("Nguyễn Văn An Bình");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        Element nameError = doc.getElementById(name.attr("aria-describedby"));
        assertThat(nameError.hasClass("invalid-feedback")).isTrue();
        assertThat(nameError.text()).isEqualTo("Vui lòng nhập không quá 10 ký tự");
        assertThat(nameError.parent()).isEqualTo(name.parent());

        Element qty = doc.selectFirst("input[name=soLuong]");
        assertThat(qty.val()).isEqualTo("abc");
        assertThat(qty.parent().selectFirst(".invalid-feedback").text()).isEqualTo("Vui lòng nhập một số hợp lệ");
        assertThat(doc.selectFirst("input[name=dongY]").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("Vui lòng nhập trường này");

        assertThat(doc.select(".is-invalid")).extracting(e -> e.attr("name"))
                .containsExactlyInAnyOrder("hoTen", "soLuong", "dongY");
        assertThat(doc.select(".invalid-feedback")).hasSize(3);
        assertThat(doc.selectFirst("input[name=nhan][value=b]").hasAttr("checked")).isTrue();
        assertThat(doc.selectFirst("input[name=nhan][value=a]").hasAttr("checked")).isFalse();
        assertThat(doc.selectFirst("input[name=capDo][value=cao]").hasAttr("checked")).isTrue();
        assertThat(doc.selectFirst("select[name=donVi] option[selected]").val()).isEqualTo("PB");
        assertThat(doc.selectFirst("input[name=ngay]").val()).isEqualTo("2024-01-05");
        assertThat(doc.selectFirst("textarea[name=ghiChu]").text()).isEqualTo("<i>ghi chú</i>");
        assertThat(doc.select("i")).isEmpty();
    }

    @Test
    void errorMessagesFollowTheLocale() {
        FormSubmission submission = binder.bind(form, new LinkedMultiValueMap<>(), new LinkedMultiValueMap<>(),
                TestForms.context());

        Document doc = render(views.create(form, submission, TestForms.context()), Locale.ENGLISH);

        assertThat(doc.selectFirst("input[name=hoTen]").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("This field is required");
    }

    @Test
    void initialValuesComeFromVariablesInInputShape() {
        FormContext context = FormContext.of(Map.of("soLuong", 2.5, "thoiDiem", "2024-01-05T13:45:00+07:00",
                "gio", "08:30:00", "dongY", true, "nhan", List.of("a"), "dsDonVi", List.of("PB"), "donVi", "PB"),
                TestForms.VI);

        Document doc = render(views.create(form, context), TestForms.VI);

        assertThat(doc.selectFirst("input[name=soLuong]").val()).isEqualTo("2.5");
        assertThat(doc.selectFirst("input[name=thoiDiem]").val()).isEqualTo("2024-01-05T13:45");
        assertThat(doc.selectFirst("input[name=gio]").val()).isEqualTo("08:30");
        assertThat(doc.selectFirst("input[name=dongY]").hasAttr("checked")).isTrue();
        assertThat(doc.selectFirst("input[name=nhan][value=a]").hasAttr("checked")).isTrue();
        assertThat(doc.selectFirst("select[name=donVi] option[selected]").val()).isEqualTo("PB");
        assertThat(doc.select(".is-invalid")).isEmpty();
    }

    private static Document renderList(FormView view) {
        return render(view, TestForms.VI);
    }

    private Element row(Document doc, int index) {
        return doc.selectFirst("[data-dynamic-list-items] > [data-dynamic-list-item][data-index=" + index + "]");
    }

    @Test
    void dynamicListRendersOneCardPerRowAndATemplateForNewRows() {
        FormSchema listForm = TestForms.dynamicList();
        Document doc = renderList(views.create(listForm, TestForms.context()));

        Element list = doc.selectFirst("fieldset[data-dynamic-list]");
        assertThat(list.selectFirst("> legend").text()).startsWith("Tập thể, cá nhân được đề nghị");
        assertThat(list.attr("data-dynamic-list-name")).isEqualTo("nominees");
        assertThat(list.attr("data-min-items")).isEqualTo("1");
        assertThat(list.attr("data-max-items")).isEqualTo("3");
        assertThat(list.select("[data-dynamic-list-items] > [data-dynamic-list-item]")).hasSize(1);
        Element first = row(doc, 0);
        assertThat(first.hasClass("card")).isTrue();
        assertThat(first.select("[name]")).extracting(e -> e.attr("name")).containsOnly("nominees[0].kind",
                "nominees[0].name", "nominees[0].achievement", "nominees[0].members", "nominees[0].previouslyAwarded",
                "nominees[0].fields", "nominees[0].since");
        assertThat(first.selectFirst("select[name=nominees[0].kind]").select("option")).extracting(Element::val)
                .containsExactly("", "collective", "individual");
        Element name = first.selectFirst("input[name=nominees[0].name]");
        assertThat(doc.selectFirst("label[for=" + name.id() + "]").text()).startsWith("Tên");
        assertThat(name.attr("maxlength")).isEqualTo("255");
        assertThat(doc.selectFirst("input[name=name]").id()).isNotEqualTo(name.id());

        Element template = list.selectFirst("template[data-dynamic-list-template]");
        assertThat(template.select("[name]")).extracting(e -> e.attr("name")).hasSize(8) // two checklist boxes
                .allMatch(n -> n.startsWith("nominees[__INDEX__]."));
        assertThat(list.selectFirst("button[data-dynamic-list-add]").text()).isEqualTo("Thêm mục");
        assertThat(list.selectFirst("button[data-dynamic-list-add]").hasAttr("hidden")).isTrue();
        assertThat(first.selectFirst("button[data-dynamic-list-remove]").text()).isEqualTo("Xóa mục");
        assertThat(doc.select("button")).allMatch(b -> b.attr("type").equals("button"));

        List<String> ids = doc.select("[id]").stream().map(Element::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
    }

    @Test
    void dynamicListIsPrefilledFromAListOfMapsAndEscapesIt() {
        FormContext context = FormContext.of(Map.of("nominees", List.of(
                Map.of("kind", "collective", "name", "Phòng <b>A</b>", "members", 12L, "fields", List.of("work")),
                Map.of("kind", "individual", "name", "<script>alert(1)</script>", "previouslyAwarded", true,
                        "since", "2024-01-05"))), TestForms.VI);

        Document doc = renderList(views.create(TestForms.dynamicList(), context));

        assertThat(doc.select("[data-dynamic-list-items] > [data-dynamic-list-item]")).hasSize(2);
        assertThat(row(doc, 0).selectFirst("[data-dynamic-list-number]").text()).isEqualTo("1");
        assertThat(row(doc, 0).selectFirst("input[name=nominees[0].name]").val()).isEqualTo("Phòng <b>A</b>");
        assertThat(row(doc, 0).selectFirst("select[name=nominees[0].kind] option[selected]").val()).isEqualTo("collective");
        assertThat(row(doc, 0).selectFirst("input[name=nominees[0].members]").val()).isEqualTo("12");
        assertThat(row(doc, 0).selectFirst("input[name=nominees[0].fields][value=work]").hasAttr("checked")).isTrue();
        assertThat(row(doc, 1).selectFirst("input[name=nominees[1].name]").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(row(doc, 1).selectFirst("input[name=nominees[1].previouslyAwarded]").hasAttr("checked")).isTrue();
        assertThat(row(doc, 1).selectFirst("input[name=nominees[1].since]").val()).isEqualTo("2024-01-05");
        assertThat(doc.select("script, b")).isEmpty();
    }

    /** The list form posted with a title and the given rows, then shown again with its errors. */
    private Document renderListAfter(MultiValueMap<String, String> rows, String... expectedErrorKeys) {
        FormSchema listForm = TestForms.dynamicList();
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(rows);
        params.add("name", "Đợt 1");
        FormSubmission submission = binder.bind(listForm, params, new LinkedMultiValueMap<>(), TestForms.context());
        assertThat(submission.errors()).containsOnlyKeys(expectedErrorKeys);
        return renderList(views.create(listForm, submission, TestForms.context()));
    }

    @Test
    void refusedDynamicListComesBackWithItsRowsAndErrorsInPlace() {
        MultiValueMap<String, String> rows = new LinkedMultiValueMap<>();
        TestForms.nominee(rows, 0, "collective", "Phòng A", "Tốt");
        TestForms.nominee(rows, 1, "individual", null, "<i>Sáng kiến</i>");

        Document doc = renderListAfter(rows, "nominees[1].name");

        assertThat(doc.select("[data-dynamic-list-items] > [data-dynamic-list-item]")).hasSize(2);
        assertThat(row(doc, 0).selectFirst("input[name=nominees[0].name]").val()).isEqualTo("Phòng A");
        assertThat(row(doc, 0).select(".is-invalid, .invalid-feedback")).isEmpty();
        Element missing = row(doc, 1).selectFirst("input[name=nominees[1].name]");
        assertThat(missing.hasClass("is-invalid")).isTrue();
        Element error = doc.getElementById(missing.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo("Vui lòng nhập trường này");
        assertThat(error.parent()).isEqualTo(missing.parent());
        assertThat(row(doc, 1).selectFirst("select[name=nominees[1].kind] option[selected]").val()).isEqualTo("individual");
        assertThat(row(doc, 1).selectFirst("textarea[name=nominees[1].achievement]").text()).isEqualTo("<i>Sáng kiến</i>");
        assertThat(doc.select(".is-invalid")).hasSize(1);
        assertThat(doc.select("i")).isEmpty();
    }

    @Test
    void rowCountErrorsShowOnTheListAndBlankRowsAreOffered() {
        Document doc = renderListAfter(new LinkedMultiValueMap<>(), "nominees");

        Element list = doc.selectFirst("fieldset[data-dynamic-list]");
        assertThat(doc.getElementById(list.attr("aria-describedby")).text()).isEqualTo("Cần ít nhất 1 mục");
        assertThat(list.select("[data-dynamic-list-items] > [data-dynamic-list-item]")).hasSize(1);
        assertThat(row(doc, 0).selectFirst("input[name=nominees[0].name]").val()).isEmpty();
    }
}
