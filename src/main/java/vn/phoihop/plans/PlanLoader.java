package vn.phoihop.plans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/** Upserts {@code reference/plans.yaml} at every start, like the organisations: the seed plan is reference data. */
@Component
@Order(StartupOrder.PLANS)
class PlanLoader implements StartupLoader {

    static final String FILE = "plans.yaml";

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);

    private final ReferenceDataFiles files;
    private final PlanRepository plans;
    private final TransactionTemplate transaction;

    PlanLoader(ReferenceDataFiles files, PlanRepository plans, TransactionTemplate transaction) {
        this.files = files;
        this.plans = plans;
        this.transaction = transaction;
    }

    @Override
    public void loadAtStartup() {
        var rows = files.read(FILE, PlanRow.File.class).plans();
        transaction.executeWithoutResult(status -> rows.forEach(row -> plans.findById(row.id())
                .ifPresentOrElse(plan -> plan.updateFrom(row), () -> plans.save(new Plan(row)))));
        log.info("Reference data loaded: {} plans", rows.size());
    }
}
