package vn.phoihop.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads the demo accounts file as the README documents it, to test every account it promises. */
public final class DemoAccountsFile {

    public static final String PASSWORD = read().get("password").toString();

    private DemoAccountsFile() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> users() {
        return (List<Map<String, Object>>) read().get("users");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read() {
        try (InputStream in = DemoAccountsFile.class.getResourceAsStream("/reference/demo-users.yaml")) {
            return new YAMLMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
