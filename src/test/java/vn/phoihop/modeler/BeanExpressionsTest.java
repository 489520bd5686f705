package vn.phoihop.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the deployment check makes of the expressions a model may hold. */
class BeanExpressionsTest {

    static class Recorder {
        public void status(Object execution, String status) {
        }
    }

    private final BeanExpressions beans = new BeanExpressions(Map.<String, Class<?>>of("recorder", Recorder.class)::get);

    @Test
    void aDelegateExpressionMustNameABean() {
        assertThat(beans.delegateProblem("${recorder}")).isEmpty();
        assertThat(beans.delegateProblem("${noSuchDelegate}")).hasValueSatisfying(problem -> assertThat(problem).contains("noSuchDelegate"));
    }

    @Test
    void anExpressionMustCallAMethodItsBeanHas() {
        assertThat(beans.expressionProblem("${recorder.status(execution, 'REJECTED')}")).isEmpty();
        assertThat(beans.expressionProblem("${recorder.stauts(execution, 'REJECTED')}"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("stauts", "recorder"));
        assertThat(beans.expressionProblem("${recordr.status(execution, 'REJECTED')}"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("recordr"));
    }

    @Test
    void theEnginesOwnNamesAndFunctionsAreLeftToTheEngine() {
        assertThat(beans.expressionProblem("${execution.setVariable('x', 1)}")).isEmpty();
        assertThat(beans.expressionProblem("${task.setAssignee('px05')}")).isEmpty();
        assertThat(beans.expressionProblem("${now()}")).isEmpty();
        assertThat(beans.expressionProblem("plain text")).isEmpty();
    }
}
