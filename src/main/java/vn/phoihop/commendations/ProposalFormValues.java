package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_COMMENT;
import static vn.phoihop.commendations.CommendationProcessVariables.APPROVAL_NOMINEE_OPTIONS;
import static vn.phoihop.commendations.CommendationProcessVariables.AWARD_FORM;
import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEE_OPTIONS;
import static vn.phoihop.commendations.CommendationProcessVariables.PROPOSING_ORGANIZATION;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;
import static vn.phoihop.commendations.CommendationProcessVariables.SUBMISSION_NUMBER;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;

/**
 * The commendation forms shown from the proposal as it stands: the appraisal offers every nominee,
 * the approvals those that passed, the revision the proposal to edit with the return's reason. The
 * appraisal's own comment is never carried over: each round's opinion starts empty.
 */
@Component
class ProposalFormValues implements RecordFormValues {

    static final String APPRAISAL_FORM = "commendation-appraisal";
    static final String APPROVAL_FORM = "commendation-approval";
    static final String REVISION_FORM = "commendation-revision";
    static final String HIGHER_DECISION_FORM = "commendation-higher-decision";

    private final ProposalRepository proposals;

    ProposalFormValues(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        if (!formId.startsWith("commendation-")) {
            return Map.of();
        }
        return proposals.findByProcessInstanceId(processInstanceId).map(proposal -> values(formId, proposal)).orElse(Map.of());
    }

    private static Map<String, Object> values(String formId, Proposal proposal) {
        Map<String, Object> values = new HashMap<>();
        values.put(RECORD_TITLE, proposal.title());
        values.put(AWARD_FORM, proposal.awardForm());
        switch (formId) {
            case APPRAISAL_FORM -> values.put(NOMINEE_OPTIONS, NomineeList.options(proposal.nominees()));
            case APPROVAL_FORM -> {
                values.put(APPRAISAL_COMMENT, proposal.appraisalComment());
                values.put(APPROVAL_NOMINEE_OPTIONS, NomineeList.options(proposal.appraisedNominees()));
            }
            case REVISION_FORM -> {
                values.put(APPRAISAL_COMMENT, proposal.appraisalComment());
                values.put(PROPOSING_ORGANIZATION, proposal.proposingOrg());
                values.put(SOURCE, proposal.source());
                values.put(NOMINEES, NomineeList.rows(proposal.nominees()));
            }
            case HIGHER_DECISION_FORM -> values.put(SUBMISSION_NUMBER, proposal.submissionSymbol());
            default -> {
            }
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
