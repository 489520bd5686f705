package vn.phoihop.commendations;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionFileRepository extends JpaRepository<DecisionFile, String> {
}
