package vn.phoihop.reviews;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramReviewRepository extends JpaRepository<ProgramReview, String> {

    Optional<ProgramReview> findByProcessInstanceId(String processInstanceId);

    List<ProgramReview> findAllByOrderByOpenedAtDesc();
}
