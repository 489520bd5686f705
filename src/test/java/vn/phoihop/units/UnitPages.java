package vn.phoihop.units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.testsupport.PortalUsers;

/** The units pages as the tests drive them: the demo communes of the SAMPLE file and their accounts. */
final class UnitPages {

    static final String TAN_NINH_POLICE = "commune-police-tan-ninh";
    static final String GO_DAU_POLICE = "commune-police-go-dau";
    static final RequestPostProcessor ADMIN = PortalUsers.as("admin", "camunda-admin");
    static final RequestPostProcessor PX05 = PortalUsers.as("px05", "px05");
    static final RequestPostProcessor TAN_NINH = PortalUsers.as("catanninh", TAN_NINH_POLICE);
    static final RequestPostProcessor TAN_NINH_FRONT = PortalUsers.as("mttqtanninh", "commune-front-tan-ninh");
    static final RequestPostProcessor GO_DAU = PortalUsers.as("cagodau2026", GO_DAU_POLICE);

    private final MockMvc mvc;

    UnitPages(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions create(RequestPostProcessor user, String code, String kind, String name, String managing) throws Exception {
        return mvc.perform(post("/units").with(csrf()).with(user).param("code", code).param("kind", kind)
                .param("name", name).param("commune", "Phường Tân Ninh").param("managingOrganization", managing));
    }

    ResultActions edit(RequestPostProcessor user, String code, long version, String kind, String name, String managing) throws Exception {
        return mvc.perform(post("/units/" + code).with(csrf()).with(user).param("version", String.valueOf(version))
                .param("kind", kind).param("name", name).param("managingOrganization", managing));
    }

    ResultActions upload(RequestPostProcessor user, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(csrf()).with(user));
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString());
    }

    static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
