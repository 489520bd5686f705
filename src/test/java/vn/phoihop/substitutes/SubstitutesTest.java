package vn.phoihop.substitutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.phoihop.testsupport.EngineTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

@IntegrationTest
class SubstitutesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SubstitutionQueries substitutionQueries;
    @Autowired
    SubstitutionRepository repository;

    String group;
    String a;
    String b;
    String c;
    LocalDate today;

    @BeforeEach
    void colleagues() {
        var users = new TestUsers(identityService);
        group = users.newGroup("subst");
        a = users.newUser("suba", group);
        b = users.newUser("subb", group);
        c = users.newUser("subc", group);
        today = ProvinceClock.today();
    }

    @RegisterExtension
    EngineTime time = EngineTime.running();

    @Test
    void taskAssignedDuringTheRangeGoesToTheSubstituteMarkedWithTheOriginalUser() throws Exception {
        name(a, b, today, today.plusDays(3)).andExpect(status().is3xxRedirection());

        Task created = startAssignedTo(a);
        assertThat(created.getAssignee()).isEqualTo(b);
        assertThat(substitutionQueries.substitutedFor(created)).isEqualTo(a);

        Task groupTask = startGroupTask();
        taskService.setAssignee(groupTask.getId(), a);
        Task reassigned = taskService.createTaskQuery().taskId(groupTask.getId()).singleResult();
        assertThat(reassigned.getAssignee()).isEqualTo(b);
        assertThat(substitutionQueries.substitutedFor(reassigned)).isEqualTo(a);

        // taskVariableValueEquals matches the task-local mark: the list of tasks a user handed over
        assertThat(substitutionQueries.handedToSubstitute(a).list()).extracting(Task::getId)
                .containsExactlyInAnyOrder(created.getId(), groupTask.getId());
        assertThat(substitutionQueries.listHandedToSubstitute(a)).hasSize(2);
        assertThat(substitutionQueries.handedToSubstitute(b).count()).isZero();
    }

    @Test
    void outsideTheRangeNothingChangesAndTasksHeldBeforeTheStartStay() throws Exception {
        name(a, b, today.plusDays(5), today.plusDays(6)).andExpect(status().is3xxRedirection());

        Task before = startAssignedTo(a);
        assertThat(before.getAssignee()).isEqualTo(a);
        assertThat(substitutionQueries.substitutedFor(before)).isNull();

        time.set(at(today.plusDays(5)));
        assertThat(taskService.createTaskQuery().taskId(before.getId()).singleResult().getAssignee()).isEqualTo(a);
        assertThat(startAssignedTo(a).getAssignee()).isEqualTo(b);

        time.set(at(today.plusDays(7)));
        assertThat(startAssignedTo(a).getAssignee()).isEqualTo(a);
    }

    @Test
    void chainsEndWithTheLastSubstitute() throws Exception {
        name(a, b, today, today).andExpect(status().is3xxRedirection());
        name(b, c, today, today).andExpect(status().is3xxRedirection());

        Task task = startAssignedTo(a);
        assertThat(task.getAssignee()).isEqualTo(c);
        assertThat(substitutionQueries.substitutedFor(task)).isEqualTo(a);
        assertThat(startAssignedTo(b).getAssignee()).isEqualTo(c);
    }

    @Test
    void cyclesStopAtTheLastUserNotYetVisited() throws Exception {
        name(a, b, today, today).andExpect(status().is3xxRedirection());
        name(b, c, today, today).andExpect(status().is3xxRedirection());
        name(c, a, today, today).andExpect(status().is3xxRedirection());

        assertThat(startAssignedTo(a).getAssignee()).isEqualTo(c);
        assertThat(startAssignedTo(b).getAssignee()).isEqualTo(a);
    }

    @Test
    void reassigningToSomeoneElseDropsTheMark() throws Exception {
        name(a, b, today, today).andExpect(status().is3xxRedirection());
        Task task = startAssignedTo(a);

        taskService.setAssignee(task.getId(), c);

        Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now.getAssignee()).isEqualTo(c);
        assertThat(substitutionQueries.substitutedFor(now)).isNull();
    }

    @Test
    void pageListsColleaguesAndBothSidesOfSubstitutions() throws Exception {
        name(a, b, today, today.plusDays(1)).andExpect(status().is3xxRedirection());

        Document mine = page(a);
        assertThat(mine.select("#substituteId option").eachAttr("value")).contains(b, c).doesNotContain(a, "ldld");
        assertThat(mine.select("#my-substitutions tbody tr")).hasSize(1);
        assertThat(mine.select("#my-substitutions").text()).contains("Test " + b);
        assertThat(page(b).select("#substitutions-for-me").text()).contains("Test " + a);
    }

    static Stream<Arguments> invalidInputs() {
        LocalDate today = ProvinceClock.today();
        return Stream.of(
                Arguments.of("", today, today.plusDays(1), "substituteId", "Vui lòng chọn người thay thế"),
                Arguments.of("nobody404", today, today.plusDays(1), "substituteId", "Không có người dùng này"),
                Arguments.of("ldld", today, today.plusDays(1), "substituteId", "cùng nhóm"),
                Arguments.of("{b}", today.plusDays(3), today.plusDays(1), "to", "Ngày kết thúc phải sau"),
                Arguments.of("{b}", today.minusDays(5), today.minusDays(2), "to", "đã qua"),
                Arguments.of("{b}", today, today.plusDays(400), "to", "không được quá"),
                Arguments.of("{b}", today.plusDays(2), today.plusDays(4), "from", "trùng"),
                // dates a date input lets through: the far one overflowed into a 500, year 0 was saved
                Arguments.of("{b}", today, LocalDate.MAX, "to", "Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100"),
                Arguments.of("{b}", LocalDate.of(0, 1, 1), today, "from", "Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100"),
                Arguments.of("{b}", LocalDate.MAX, LocalDate.MAX, "from", "01/01/2000"));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void invalidInputIsRefusedWithAMessageNextToTheFieldAndTheTypedValuesKept(
            String substitute, LocalDate from, LocalDate to, String field, String message) throws Exception {
        name(a, b, today.plusDays(1), today.plusDays(2)).andExpect(status().is3xxRedirection());
        String typed = substitute.replace("{b}", b);
        long before = repository.count();

        MvcResult result = name(a, typed, from, to).andExpect(status().isBadRequest()).andReturn();

        Document form = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(form.getElementById(field + "-error")).as(field).isNotNull();
        assertThat(form.getElementById(field + "-error").text()).contains(message);
        assertThat(form.select("#from").attr("value")).isEqualTo(from.toString());
        assertThat(form.select("#to").attr("value")).isEqualTo(to.toString());
        assertThat(form.select("#substituteId option[selected]").attr("value")).isEqualTo(typed);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aDateThatIsNoDateIsRefusedAndKeptAsTyped() throws Exception {
        MvcResult result = mvc.perform(post("/substitutes").with(as(a, group)).with(csrf())
                        .param("substituteId", b).param("from", "31/02/abc").param("to", today.toString()))
                .andExpect(status().isBadRequest()).andReturn();
        Document form = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(form.getElementById("from-error").text()).isEqualTo("Ngày không hợp lệ");
        assertThat(form.select("#from").attr("value")).isEqualTo("31/02/abc");
    }

    @Test
    void onlyTheOwnerDeletes() throws Exception {
        name(a, b, today, today).andExpect(status().is3xxRedirection());
        long id = repository.findByUserIdOrderByValidFromDesc(a).get(0).getId();

        mvc.perform(post("/substitutes/{id}/delete", id).with(as(b, group)).with(csrf())).andExpect(status().isNotFound());
        assertThat(repository.existsById(id)).isTrue();

        mvc.perform(post("/substitutes/{id}/delete", id).with(as(a, group)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(repository.existsById(id)).isFalse();
        assertThat(startAssignedTo(a).getAssignee()).isEqualTo(a);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/substitutes").with(as(a, group))
                .param("substituteId", b).param("from", today.toString()).param("to", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(repository.findByUserIdOrderByValidFromDesc(a)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions name(String user, String substitute, LocalDate from, LocalDate to) throws Exception {
        return mvc.perform(post("/substitutes").with(as(user, group)).with(csrf())
                .param("substituteId", substitute).param("from", from.toString()).param("to", to.toString()));
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/substitutes").with(as(user, group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Task startAssignedTo(String user) {
        var instance = runtimeService.startProcessInstanceByKey("AssignedTestProcess", Map.of("assignee", user));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Task startGroupTask() {
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess");
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(LocalTime.NOON).atZone(ProvinceClock.ZONE).toInstant());
    }
}
