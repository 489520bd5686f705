package vn.phoihop.attachments;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingFileRepository extends JpaRepository<PendingFile, String> {

    @Query("select f from PendingFile f where f.userId = :userId and f.place = :place and f.expiresAt > :now order by f.createdAt, f.id")
    List<PendingFile> findLive(String userId, String place, Instant now);

    @Query("""
            select new vn.phoihop.attachments.PendingFiles$Kept(f.id, f.fieldKey, f.fileName, f.sizeBytes)
            from PendingFile f where f.userId = :userId and f.place = :place and f.expiresAt > :now
            order by f.createdAt, f.id""")
    List<PendingFiles.Kept> findLiveInfos(String userId, String place, Instant now);

    @Modifying
    @Query("delete from PendingFile f where f.userId = :userId and f.place = :place")
    int deleteByUserAndPlace(String userId, String place);

    @Modifying
    @Query("delete from PendingFile f where f.place = :place")
    int deleteByPlace(String place);

    @Modifying
    @Query("delete from PendingFile f where f.expiresAt <= :now")
    int deleteExpired(Instant now);
}
