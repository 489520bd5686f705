package vn.phoihop.commendations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.referencedata.ReferenceRows;

/**
 * Upserts {@code reference/award-forms.yaml} at every start, like the organisations. Award forms an
 * administrator added on the page ({@link AwardFormCatalog}) are not in the file and stay as they are.
 */
@Component
@Order(11)
class AwardFormLoader implements ApplicationRunner {

    static final String FILE = "award-forms.yaml";

    private static final Logger log = LoggerFactory.getLogger(AwardFormLoader.class);

    private final ReferenceDataFiles files;
    private final AwardFormRepository awardForms;
    private final TransactionTemplate transaction;

    AwardFormLoader(ReferenceDataFiles files, AwardFormRepository awardForms, TransactionTemplate transaction) {
        this.files = files;
        this.awardForms = awardForms;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    int load() {
        int changed = transaction.execute(status -> ReferenceRows.upsert(
                files.read(FILE, AwardFormRow.File.class).awardForms(),
                awardForms, AwardFormRow::code, AwardForm::new, AwardForm::updateFrom));
        log.info("Reference data loaded: {} award-form rows inserted or changed", changed);
        return changed;
    }
}
