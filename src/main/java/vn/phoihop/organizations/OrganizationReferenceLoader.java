package vn.phoihop.organizations;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * Upserts organisations and movement-model types from {@code reference/*.yaml} at every start.
 * Rows are matched by code and written only when they differ, so a second start changes nothing;
 * rows removed from a file stay in the database because records may still refer to them.
 */
@Component
@Order(10)
public class OrganizationReferenceLoader implements ApplicationRunner {

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
    public void run(ApplicationArguments args) {
        load();
    }

    /** Answers how many rows were inserted or changed; all or nothing. */
    public int load() {
        return transaction.execute(status -> loadInTransaction());
    }

    private int loadInTransaction() {
        int changed = upsert(files.read("organizations.yaml", OrganizationRow.File.class).organizations(),
                organizations, OrganizationRow::code, Organization::new, Organization::updateFrom);
        changed += upsert(files.read("model-types.yaml", MovementModelTypeRow.File.class).modelTypes(),
                modelTypes, MovementModelTypeRow::code, MovementModelType::new, MovementModelType::updateFrom);
        log.info("Reference data loaded: {} organisation and model-type rows inserted or changed", changed);
        return changed;
    }

    /** The position in the file is the display order, so administrators reorder by moving lines. */
    private static <E, R> int upsert(List<R> rows, JpaRepository<E, String> repository, Function<R, String> code,
                                     Function<String, E> create, Updater<E, R> update) {
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            int order = (i + 1) * 10;
            E entity = repository.findById(code.apply(row)).orElse(null);
            boolean isNew = entity == null;
            if (isNew) {
                entity = create.apply(code.apply(row));
            }
            if (update.apply(entity, row, order) || isNew) {
                repository.saveAndFlush(entity);
                changed++;
            }
        }
        return changed;
    }

    @FunctionalInterface
    private interface Updater<E, R> {
        /** Copies the row into the entity; answers whether anything changed. */
        boolean apply(E entity, R row, int order);
    }
}
