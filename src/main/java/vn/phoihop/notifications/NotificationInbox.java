package vn.phoihop.notifications;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.portal.ProvinceClock;

/** One user's notifications: only ever their own rows. */
@Service
class NotificationInbox {

    static final int PAGE_SIZE = 20;

    private final NotificationRepository repository;
    private final NotificationTarget target;

    NotificationInbox(NotificationRepository repository, NotificationTarget target) {
        this.repository = repository;
        this.target = target;
    }

    Page<Notification> page(String userId, int page) {
        return repository.findByRecipientId(userId,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    /** More than this shows as "99+". */
    static final int BADGE_LIMIT = 99;

    /** Unread notifications, but at most {@link #BADGE_LIMIT} + 1: enough to tell "99+". */
    long unread(String userId) {
        return repository.countUnreadUpTo(userId, BADGE_LIMIT + 1);
    }

    /** Answers false when the user has no such notification, so nobody learns about others' ids. */
    @Transactional
    boolean markRead(String userId, long id) {
        return repository.findByIdAndRecipientId(id, userId).map(notification -> {
            notification.markRead(ProvinceClock.now());
            return true;
        }).orElse(false);
    }

    /** An opened notification: the page it leads to ({@link NotificationTarget}), null when none is left. */
    record Opened(String page) {
    }

    /** Opening a notification marks it read; empty when the user has no such notification. */
    @Transactional
    Optional<Opened> open(String userId, long id) {
        return repository.findByIdAndRecipientId(id, userId).map(notification -> {
            notification.markRead(ProvinceClock.now());
            return new Opened(target.of(notification));
        });
    }

    @Transactional
    int markAllRead(String userId) {
        return repository.markAllRead(userId, ProvinceClock.now());
    }
}
