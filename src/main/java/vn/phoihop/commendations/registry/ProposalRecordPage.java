package vn.phoihop.commendations.registry;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.CommendationPages;
import vn.phoihop.commendations.CommendationProcessVariables;
import vn.phoihop.instances.RecordPage;

/** A commendation's record is its proposal page in the registry (the business key is the proposal's id). */
@Component
class ProposalRecordPage implements RecordPage {

    @Override
    public String processDefinitionKey() {
        return CommendationProcessVariables.PROCESS_ID;
    }

    @Override
    public String path(String businessKey) {
        return CommendationPages.detail(businessKey);
    }
}
