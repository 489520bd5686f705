package vn.phoihop.organizations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.referencedata.ReferenceRows;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * Upserts organisations and movement-model types from {@code reference/*.yaml} at every start.
 * Rows are matched by code and written only when they differ, so a second start changes nothing;
 * rows removed from a file stay in the database because records may still refer to them.
 */
@Component
@Order(StartupOrder.ORGANIZATIONS)
public class OrganizationReferenceLoader implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(OrganizationReferenceLoader.class);

    private final ReferenceDataFiles files;
    private final OrganizationRepository organizations;
    private final MovementModelTypeRepository modelTypes;
    private final TransactionTemplate transaction;

    OrganizationReferenceLoader(ReferenceDataFiles files, OrganizationRepository organizations,
                                MovementModelTypeRepository modelTypes, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.files = files;
        this.organizations = organizations;
        this.modelTypes = modelTypes;
    }

    @Override
    public void loadAtStartup() {
        load();
    }

    /** Answers how many rows were inserted or changed; all or nothing. */
    public int load() {
        return transaction.execute(status -> loadInTransaction());
    }

    private int loadInTransaction() {
        int changed = ReferenceRows.upsert(files.read("organizations.yaml", OrganizationRow.File.class).organizations(),
                organizations, OrganizationRow::code, Organization::new, Organization::updateFrom);
        changed += ReferenceRows.upsert(files.read("model-types.yaml", MovementModelTypeRow.File.class).modelTypes(),
                modelTypes, MovementModelTypeRow::code, MovementModelType::new, MovementModelType::updateFrom);
        log.info("Reference data loaded: {} organisation and model-type rows inserted or changed", changed);
        return changed;
    }
}
