package vn.phoihop.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeployedFormsTest {

    private final DeployedForms forms = new DeployedForms(new FormSchemaParser());

    @Test
    void aDeployedVersionIsParsedOnceAndANewVersionAgain() {
        FormSchema first = forms.read(deployed(form("Tên")), "note");
        assertThat(forms.read(deployed(form("Tên")), "note")).isSameAs(first);
        FormSchema changed = forms.read(deployed(form("Họ và tên")), "note");
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.fields()).singleElement().extracting(FormComponent::label).isEqualTo("Họ và tên");
    }

    @Test
    void aBrokenFormIsRefusedEachTimeItIsRead() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> forms.read(deployed("{\"components\": []}"), "broken"))
                    .isInstanceOf(InvalidFormException.class).hasMessageContaining("broken");
        }
    }

    private static String form(String label) {
        return """
                {"id": "note", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "f1", "key": "name", "type": "textfield", "label": "%s"}]}
                """.formatted(label);
    }

    private static InputStream deployed(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
