package vn.phoihop.commendations;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Upserts {@code reference/award-forms.yaml} at every start, like the organisations. Award forms an
 * administrator added on the page ({@link AwardFormCatalog}) are not in the file and stay as they are.
 */
@Component
@Order(StartupOrder.AWARD_FORMS)
class AwardFormLoader implements StartupLoader {

    static final String FILE = "award-forms.yaml";

    private volatile Set<String> fileCodes = Set.of();

    private static final Logger log = LoggerFactory.getLogger(AwardFormLoader.class);

    private final ReferenceDataFiles files;
    private final AwardFormRepository awardForms;
    private final TransactionTemplate transaction;

    AwardFormLoader(ReferenceDataFiles files, AwardFormRepository awardForms, TransactionTemplate transaction) {
        this.files = files;
        this.awardForms = awardForms;
        this.transaction = transaction;
    }

    /** The codes the reference file owns, as of the last load. */
    Set<String> fileCodes() {
        return fileCodes;
    }

    @Override
    public void loadAtStartup() {
        load();
    }

    int load() {
        List<AwardFormRow> rows = files.read(FILE, AwardFormRow.File.class).awardForms();
        int changed = transaction.execute(status -> ReferenceRows.upsert(
                rows, awardForms, AwardFormRow::code, AwardForm::new, AwardForm::updateFrom));
        fileCodes = rows.stream().map(AwardFormRow::code).collect(Collectors.toUnmodifiableSet());
        log.info("Reference data loaded: {} award-form rows inserted or changed", changed);
        return changed;
    }
}
