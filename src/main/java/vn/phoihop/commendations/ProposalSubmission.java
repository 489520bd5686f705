package vn.phoihop.commendations;

import java.util.List;

/**
 * What the proposer sent (start form or revision form), checked: the organisation is one of the
 * proposer's, the side derived from it, the award form and source known, the nominees well formed.
 */
record ProposalSubmission(String title, String organizationCode, String side, ProposalSource source, AwardForm awardForm,
                          List<NomineeEntry> nominees) {
}
