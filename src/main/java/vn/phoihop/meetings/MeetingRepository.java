package vn.phoihop.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, String> {

    Optional<Meeting> findByProcessInstanceId(String processInstanceId);

    List<Meeting> findByYearOrderByMonthDescOpenedAtDesc(int year);
}
