package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.testsupport.IntegrationTest;

/** Every rule of processes/CommendationApprover.dmn, evaluated by the deployed engine. */
@IntegrationTest
class CommendationApproverDmnTest {

    @Autowired
    DecisionService decisionService;

    @ParameterizedTest(name = "{0} proposed by {1} → police {2}, front {3}")
    @CsvSource({
            "giay-khen-giam-doc-cat,       police, true,  false",
            "giay-khen-giam-doc-cat,       front,  true,  false",
            "giay-khen-mttq-tinh,          police, false, true",
            "giay-khen-mttq-tinh,          front,  false, true",
            "bang-khen-chu-tich-ubnd-tinh, police, true,  true",
            "bang-khen-chu-tich-ubnd-tinh, front,  true,  true",
            "bang-khen-bo-truong-bca,      front,  true,  true",
            "bang-khen-bo-truong-bca,      police, true,  false",
            "ky-niem-chuong-bvantq,        front,  true,  false",
            "giay-khen-moi-bo-sung,        police, true,  true",
    })
    void eachRuleChoosesTheApprovingLeaders(String awardForm, String side, boolean police, boolean front) {
        Map<String, Object> result = decisionService.evaluateDecisionTableByKey("CommendationApprover",
                Variables.createVariables().putValue("awardForm", awardForm).putValue("proposingSide", side))
                .getSingleResult().getEntryMap();
        assertThat(result).containsEntry("policeApproves", police).containsEntry("frontApproves", front);
    }
}
