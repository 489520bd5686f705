package vn.phoihop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

/**
 * With SMTP configured: a real in-process mail server (GreenMail). Its own application context,
 * with an engine name of its own so it does not replace the shared context's engine in Camunda's
 * JVM-wide registry.
 */
@IntegrationTest
class NotificationMailTest {

    static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("phoihop.base-url", () -> "https://phoihop.example.vn");
        registry.add("camunda.bpm.process-engine-name", () -> "mailtest");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NotificationRepository repository;
    @Autowired
    RecordNotifications recordNotifications;

    @Test
    void assigningATaskMailsTheAssigneeOnceInVietnameseWithALinkNamingTheRecord() throws Exception {
        String user = new TestUsers(identityService).newUser("mail");
        String address = user + "@test.phoihop.local";
        var instance = runtimeService.startProcessInstanceByKey("SmokeTestProcess", "KT-2099-0042",
                java.util.Map.of(vn.phoihop.tasks.RecordTitle.VARIABLE, "Khen thưởng Tổ dân phố 5"));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        taskService.setAssignee(task.getId(), user);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] toUser = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).contains(address)).toArray(MimeMessage[]::new);
        assertThat(toUser).hasSize(1);
        assertThat(toUser[0].getSubject()).contains("Xem xét yêu cầu – KT-2099-0042 – Khen thưởng Tổ dân phố 5")
                .contains("Công việc được giao cho bạn");
        // the link opens the notification: the task while it is open, its record once it is done
        long id = repository.findAll().stream().filter(n -> n.getRecipientId().equals(user)).findFirst().orElseThrow().getId();
        assertThat(toUser[0].getContent().toString()).contains("Kính gửi").contains("https://phoihop.example.vn/notifications/" + id);
    }

    @Test
    void anOutcomeMailSaysTheOutcome() throws Exception {
        String user = new TestUsers(identityService).newUser("outcome");
        recordNotifications.outcome(user, "KT-2099-0043", null, "Khen thưởng Chi hội 2", "/commendations/KT-2099-0043",
                RecordOutcome.REFUSED, null);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).contains(user + "@test.phoihop.local")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("[Phối hợp] Không được lãnh đạo phê duyệt: KT-2099-0043 – Khen thưởng Chi hội 2");
    }

    @Test
    void aGroupTaskMailsTheGroupMembers() throws Exception {
        String member = new TestUsers(identityService).newUser("member", "px05");
        runtimeService.startProcessInstanceByKey("SmokeTestProcess");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains(member + "@test.phoihop.local")))
                .hasSize(1);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
