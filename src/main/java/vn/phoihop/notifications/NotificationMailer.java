package vn.phoihop.notifications;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.phoihop.portal.PortalProperties;
import vn.phoihop.security.EngineAsSystem;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * E-mails a new notification to the recipient's address in the identity store, in Vietnamese.
 * Off unless {@code spring.mail.host} is set (only then does Spring Boot create a mail sender).
 * Sends after the engine transaction commits, so nobody is mailed about a task that never came
 * to be, and a mail server that is down never fails the user's work: it is logged and skipped.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> senders;
    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;
    private final MessageSource messages;
    private final PortalProperties portal;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> senders, IdentityService identityService, EngineAsSystem engineAsSystem, MessageSource messages,
                       PortalProperties portal, NotificationProperties properties) {
        this.senders = senders;
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
        this.messages = messages;
        this.portal = portal;
        this.from = properties.mailFrom();
    }

    /** @param path the portal page the e-mail links to, asked for only when an e-mail is sent */
    void sendAfterCommit(String recipientId, NotificationKind kind, TaskRef task, Supplier<String> path) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        String address = emailOf(recipientId);
        if (address == null || address.isBlank()) {
            return;
        }
        SimpleMailMessage message = message(address, kind, task, path.get());
        Runnable send = () -> send(sender, message, recipientId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private SimpleMailMessage message(String address, NotificationKind kind, TaskRef task, String path) {
        String link = portal.link(path);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        // {0} names the task and its record, {2} says the outcome of a record that came to an end
        Object[] arguments = {task.subject(), link, outcome(task)};
        message.setSubject(messages.getMessage("notifications.mail.subject." + kind.name(), arguments, VIETNAMESE));
        message.setText(messages.getMessage("notifications.mail.body." + kind.name(), arguments, VIETNAMESE));
        return message;
    }

    private String outcome(TaskRef task) {
        return task.outcome() == null ? messages.getMessage("notifications.outcome.none", null, VIETNAMESE)
                : messages.getMessage("notifications.outcome." + task.outcome().name(), new Object[] {task.outcomeDetail() == null ? "" : task.outcomeDetail()}, VIETNAMESE);
    }

    private String emailOf(String userId) {
        return engineAsSystem.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            return user == null ? null : user.getEmail();
        });
    }

    private static void send(JavaMailSender sender, SimpleMailMessage message, String recipientId) {
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            log.warn("Notification e-mail to user {} not sent: {}", recipientId, e.getMessage());
        }
    }
}
