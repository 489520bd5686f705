package vn.phoihop.models.inspections;

import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;

/**
 * Beside each task of an inspection: the selections, the team and the findings so far, so the
 * leaders see the team they approve and the team sees every selected model. Those who read the
 * plan whole may read the instance.
 */
@Component
class InspectionTaskSummary implements RecordSummary, InstanceReaders {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final PlanReaders readers;

    InspectionTaskSummary(InspectionService inspections, InspectionViews views, PlanReaders readers) {
        this.inspections = inspections;
        this.views = views;
        this.readers = readers;
    }

    @Override
    public String processDefinitionKey() {
        return ModelInspectionProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "models/inspection-summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        PortalUser user = PortalUser.current();
        return inspections.findByInstance(processInstanceId).map(inspection -> views.of(inspection, readers.of(user), LocaleContextHolder.getLocale()));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return readers.of(user).whole() && inspections.findByInstance(processInstanceId).isPresent();
    }
}
