package vn.phoihop.notifications;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientId(String recipientId, Pageable pageable);

    /**
     * Unread rows, counted up to {@code limit}: the badge shows "99+" beyond that, and a
     * coordinator of a busy group has thousands, which a full count reads on every page.
     */
    @Query(value = "select count(*) from (select 1 from notification where recipient_id = :recipientId"
            + " and read_at is null fetch first :limit rows only) capped", nativeQuery = true)
    long countUnreadUpTo(@Param("recipientId") String recipientId, @Param("limit") int limit);

    Optional<Notification> findByIdAndRecipientId(Long id, String recipientId);

    long countByRecipientIdAndKindAndTaskId(String recipientId, NotificationKind kind, String taskId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") String recipientId, @Param("at") Instant at);
}
