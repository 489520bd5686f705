package vn.phoihop.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormCatalogTest {

    @Test
    void loadsFormsFromTheClasspathById() {
        FormCatalog catalog = new FormCatalog(new FormSchemaParser());

        assertThat(catalog.find("test-all-types")).isPresent();
        assertThat(catalog.find("sample-proposal")).isPresent();
        assertThat(catalog.find("no-such-form")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        assertThat(catalog.all()).extracting(FormSchema::id).contains("test-all-types", "sample-review");
    }

    @Test
    void failsFastNamingTheBrokenFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.form"), "{\"id\":\"good\",\"components\":[]}");
        Files.writeString(dir.resolve("bad-one.form"), "{\"id\":\"bad\",\"components\":[{\"type\":\"iframe\",\"id\":\"I\"}]}");

        assertThatThrownBy(() -> new FormCatalog(new FormSchemaParser(), new PathMatchingResourcePatternResolver(),
                dir.toUri() + "**/*.form"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("bad-one.form").hasMessageContaining("iframe");
    }

    @Test
    void refusesTwoFilesWithTheSameFormId(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.form"), "{\"id\":\"same\",\"components\":[]}");
        Files.writeString(dir.resolve("b.form"), "{\"id\":\"same\",\"components\":[]}");

        assertThatThrownBy(() -> new FormCatalog(new FormSchemaParser(), new PathMatchingResourcePatternResolver(),
                dir.toUri() + "**/*.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("same");
    }
}
