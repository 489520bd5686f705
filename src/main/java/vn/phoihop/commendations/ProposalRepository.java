package vn.phoihop.commendations;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Proposals with their nominees; lists and filters of the registry read the tables with plain SQL. */
public interface ProposalRepository extends JpaRepository<Proposal, String> {

    Optional<Proposal> findByProcessInstanceId(String processInstanceId);
}
