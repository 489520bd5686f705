package vn.phoihop.modeler;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormSchemaParser;

/** Puts {@link ModelReferenceValidator} in front of the engine's own deployers. */
@Component
class ModelValidationPlugin extends AbstractProcessEnginePlugin {

    private final BeanFactory beanFactory;

    ModelValidationPlugin(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<org.camunda.bpm.engine.impl.persistence.deploy.Deployer>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(new ModelReferenceValidator(new BeanExpressions(
                name -> beanFactory.containsBean(name) ? beanFactory.getType(name) : null), new FormSchemaParser()));
        configuration.setCustomPreDeployers(deployers);
    }
}
