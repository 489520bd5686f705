package vn.phoihop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the portal tests do again and again: read a page as a user, wait for the instance's asynchronous steps. */
public final class PortalPages {

    private PortalPages() {
    }

    /** The page as the user sees it; it must answer 200. */
    public static Document page(MockMvc mvc, String url, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Waits (up to ten seconds) until the job executor has run the instance's asynchronous continuations. */
    public static void awaitAsync(ManagementService management, String instance) throws InterruptedException {
        for (int i = 0; i < 200 && management.createJobQuery().processInstanceId(instance).messages().count() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(management.createJobQuery().processInstanceId(instance).messages().count()).isZero();
    }
}
