package vn.phoihop.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    static Stream<String> demoUsers() {
        return DemoAccountsFile.users().stream().map(user -> user.get("id").toString());
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void everyDemoUserLogsInThroughTheForm(String userId) throws Exception {
        mvc.perform(formLogin("/login").user(userId).password(DemoAccountsFile.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(userId));
    }

    @Test
    void loginGivesTheUserTheirCamundaGroups() throws Exception {
        @SuppressWarnings("unchecked")
        var groups = DemoAccountsFile.users().stream().filter(u -> u.get("id").equals("bgdca"))
                .map(u -> (List<String>) u.get("groups")).findFirst().orElseThrow();
        mvc.perform(formLogin("/login").user("bgdca").password(DemoAccountsFile.PASSWORD))
                .andExpect(authenticated().withAuthorities(groups.stream()
                        .map(SimpleGrantedAuthority::new).toList()));
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() throws Exception {
        mvc.perform(formLogin("/login").user("px05").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")));
    }

    /** The demo pauses wrong answers instead of locking, so the right password right after a wrong one works. */
    @Test
    void demoAnswersAWrongPasswordAfterAPauseAndTheRightOneAtOnce() throws Exception {
        long started = System.nanoTime();
        mvc.perform(formLogin("/login").user("pttg").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        started = System.nanoTime();
        mvc.perform(formLogin("/login").user("pttg").password(DemoAccountsFile.PASSWORD))
                .andExpect(authenticated().withUsername("pttg"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("mỗi lần nhập sai phải chờ 1 giây mới có trả lời")))
                .andExpect(content().string(not(containsString("bị khóa"))));
        mvc.perform(get("/login").param("error", "").param("lang", "en"))
                .andExpect(content().string(containsString("the answer to a wrong password takes one second")));
    }

    @Test
    void unknownUserIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password(DemoAccountsFile.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "px05").param("password", DemoAccountsFile.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/logout").with(user("px05")))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutWithCsrfTokenEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user("px05")))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
    }

    @Test
    void loginPageIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Đăng nhập")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Log in")));
    }
}
