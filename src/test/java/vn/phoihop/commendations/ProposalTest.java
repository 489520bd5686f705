package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.forms.SubmissionRuleException;

/** The proposal's rules without an engine or a database: the aggregate alone. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aPassMustNameOneOfItsOwnNominees() {
        Proposal proposal = submitted("Nguyễn Văn A", "Tổ dân cư số 3");

        assertThatThrownBy(() -> proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(), NOW))
                .isInstanceOf(SubmissionRuleException.class).hasMessage("commendation.error.noneAppraised");
        assertThatThrownBy(() -> proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(7), NOW))
                .isInstanceOf(SubmissionRuleException.class);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);

        proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(2, 7), NOW);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.AWAITING_APPROVAL);
        assertThat(proposal.appraisedNominees()).extracting(Nominee::position).containsExactly(2);
    }

    @Test
    void onlyNomineesEverySideApprovedAreAwardedAndASideThatDidNotTakePartDoesNotNarrowThem() {
        Proposal proposal = submitted("A", "B", "C");
        proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(1, 2), NOW);
        proposal.approve(ProposingSide.POLICE, Set.of(1, 2, 3), null, false, NOW);
        proposal.approve(ProposingSide.FRONT, Set.of(2), "Chưa đủ thời gian công tác", true, NOW);

        assertThat(proposal.nominees()).extracting(Nominee::policeApproved, Nominee::frontApproved, Nominee::frontRefusalReason)
                .containsExactly(tuple(true, false, "Chưa đủ thời gian công tác"), tuple(true, true, null), tuple(null, null, null));
        assertThat(proposal.awardable(true, true)).containsExactly(2);
        assertThat(proposal.awardable(true, false)).containsExactly(1, 2);
        assertThat(proposal.awardable(false, false)).isEmpty();

        proposal.issue(proposal.awardable(true, true), new DocumentNumber("CAT", 2026, 5), "05/QĐ-CAT", LocalDate.of(2026, 3, 2), NOW);
        assertThat(proposal.isIssued()).isTrue();
        assertThat(proposal.nominees()).extracting(Nominee::awarded).containsExactly(false, true, false);
    }

    @Test
    void refusingANomineeTakesAReasonAndAConfirmation() {
        Proposal proposal = submitted("A", "B");
        proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(1, 2), NOW);

        assertThatThrownBy(() -> proposal.approve(ProposingSide.POLICE, Set.of(1), " ", true, NOW))
                .hasMessage("commendation.error.refusalReason");
        assertThatThrownBy(() -> proposal.approve(ProposingSide.POLICE, Set.of(), "Không đúng đối tượng", false, NOW))
                .hasMessage("commendation.error.refusalNotConfirmed");
        assertThat(proposal.nominees()).extracting(Nominee::policeApproved).containsOnlyNulls();

        proposal.approve(ProposingSide.POLICE, Set.of(1, 2), null, false, NOW);
        assertThat(proposal.nominees()).extracting(Nominee::policeApproved).containsExactly(true, true);
    }

    @Test
    void aResubmissionReplacesTheRowsInPlaceAndForgetsTheLastRound() {
        Proposal proposal = submitted("A", "B", "C");
        proposal.appraise(AppraisalOutcome.RETURN, "Bổ sung biên bản", Set.of(1), NOW);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.RETURNED);

        proposal.resubmit(submission("D", "E"), NOW);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.appraisalComment()).isNull();
        assertThat(proposal.nominees()).extracting(Nominee::position, Nominee::name, Nominee::appraisalPassed)
                .containsExactly(tuple(1, "D", null), tuple(2, "E", null));
    }

    @Test
    void anEndedProposalNoLongerChanges() {
        Proposal proposal = submitted("A");
        proposal.appraise(AppraisalOutcome.RETURN, "Bổ sung", Set.of(), NOW);
        proposal.withdraw(NOW);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> proposal.resubmit(submission("B"), NOW)).hasMessage("commendation.error.closed");
        assertThatThrownBy(() -> proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(1), NOW))
                .hasMessage("commendation.error.closed");
    }

    @Test
    void aRefusedProposalAwardsNobody() {
        Proposal proposal = submitted("A", "B");
        proposal.appraise(AppraisalOutcome.PASS, "Đạt", Set.of(1, 2), NOW);
        proposal.approve(ProposingSide.POLICE, Set.of(), "Không đúng đối tượng", true, NOW);

        assertThat(proposal.awardable(true, false)).isEmpty();
        proposal.refuse(NOW);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REFUSED);
        assertThat(proposal.nominees()).extracting(Nominee::awarded).containsExactly(false, false);
    }

    private static Proposal submitted(String... names) {
        return Proposal.submit("KT-2026-0001", "instance-1", "ldld", 2026, submission(names), NOW);
    }

    private static ProposalSubmission submission(String... names) {
        List<NomineeEntry> nominees = Arrays.stream(names)
                .map(name -> new NomineeEntry(Nominee.INDIVIDUAL, name, null, "Phường 1", "Thành tích")).toList();
        return new ProposalSubmission("Đề nghị", "ldld", ProposingSide.FRONT, ProposalSource.DIRECT,
                new AwardForm("giay-khen-mttq-tinh"), nominees);
    }
}
