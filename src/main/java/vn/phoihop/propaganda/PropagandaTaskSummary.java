package vn.phoihop.propaganda;

import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;

/** Beside each task of a material: its text and the confirmations the user may see. Those who read the plan whole may read the instance. */
@Component
class PropagandaTaskSummary implements RecordSummary, InstanceReaders {

    private final PropagandaService materials;
    private final MaterialViews views;
    private final PlanReaders readers;

    PropagandaTaskSummary(PropagandaService materials, MaterialViews views, PlanReaders readers) {
        this.materials = materials;
        this.views = views;
        this.readers = readers;
    }

    @Override
    public String processDefinitionKey() {
        return PropagandaProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "propaganda/summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        PortalUser user = PortalUser.current();
        return materials.findByInstance(processInstanceId).map(material -> views.of(material, readers.of(user), LocaleContextHolder.getLocale()));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return readers.of(user).whole() && materials.findByInstance(processInstanceId).isPresent();
    }
}
