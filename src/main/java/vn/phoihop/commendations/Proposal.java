package vn.phoihop.commendations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code commendation_proposal}: one tờ trình and where it stands.
 *
 * @param id            the business key, e.g. {@code KT-2026-0007}
 * @param proposingSide {@code police} or {@code front}, the input of {@code CommendationApprover.dmn}
 * @param source        a {@link ProposalSource} code
 * @param decisionSymbol e.g. "05/QĐ-CAT", once issued
 */
public record Proposal(String id, String processInstanceId, String title, String proposingOrg, String proposingSide,
                       String source, String awardForm, String proposerId, ProposalStatus status, int year,
                       Instant submittedAt, Instant updatedAt, String appraisalComment, String decisionIssuer,
                       Integer decisionSeq, String decisionSymbol, LocalDate decisionDate) {

    public boolean isIssued() {
        return status == ProposalStatus.ISSUED;
    }
}
