package vn.phoihop.commendations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import vn.phoihop.documents.DocumentNumbers;

/**
 * The award forms as an administrator manages them. Those in {@code reference/award-forms.yaml}
 * are the file's: start-up writes them back, so they are changed there, not here. The
 * administrator adds further forms (and edits those) on the page; start-up leaves them alone.
 */
@Service
public class AwardFormCatalog {

    /** One award form and whether the reference file owns it. */
    public record Entry(AwardForm form, boolean fromFile) {
    }

    static final int MAX_TEXT = 255;
    static final int MIN_DAYS = 3;
    static final int MAX_DAYS = 60;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The symbol after "QĐ-": capitals, digits and hyphens, as in "QĐ-UBND" or "QĐ-CAT". */
    private static final Pattern ISSUER = Pattern.compile("[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");

    private final AwardFormRepository repository;
    private final AwardFormLoader loader;

    AwardFormCatalog(AwardFormRepository repository, AwardFormLoader loader) {
        this.repository = repository;
        this.loader = loader;
    }

    public List<Entry> all() {
        Set<String> fromFile = loader.fileCodes();
        return repository.findAllByOrderBySortOrder().stream()
                .map(form -> new Entry(form, fromFile.contains(form.getCode()))).toList();
    }

    /** An award form the administrator may edit: one added on the page. */
    public Optional<AwardForm> editable(String code) {
        return repository.findById(code).filter(form -> !loader.fileCodes().contains(form.getCode()));
    }

    @Transactional
    public void add(AwardFormInput input, Errors errors) {
        String code = input.getCode();
        if (code == null || code.isEmpty()) {
            errors.rejectValue("code", "awardForms.error.required");
        } else if (code.length() > 64 || !CODE.matcher(code).matches()) {
            errors.rejectValue("code", "awardForms.error.code");
        } else if (repository.existsById(code)) {
            errors.rejectValue("code", "awardForms.error.duplicate");
        }
        check(input, errors);
        if (errors.hasErrors()) {
            return;
        }
        int order = repository.findAllByOrderBySortOrder().stream().mapToInt(AwardForm::getSortOrder).max().orElse(0) + 10;
        AwardForm form = new AwardForm(code);
        form.updateFrom(input.toRow(), order);
        repository.saveAndFlush(form);
    }

    @Transactional
    public void update(AwardForm form, AwardFormInput input, Errors errors) {
        check(input, errors);
        if (!errors.hasErrors()) {
            form.updateFrom(input.toRow(), form.getSortOrder());
            repository.saveAndFlush(form);
        }
    }

    private static void check(AwardFormInput input, Errors errors) {
        for (String field : List.of("nameVi", "nameEn", "issuingBody", "signerTitle")) {
            Object value = errors.getFieldValue(field);
            if (value == null || value.toString().isBlank()) {
                errors.rejectValue(field, "awardForms.error.required");
            } else if (value.toString().strip().length() > MAX_TEXT) {
                errors.rejectValue(field, "awardForms.error.tooLong", new Object[] {MAX_TEXT}, null);
            }
        }
        String issuer = input.getIssuerCode() == null ? "" : input.getIssuerCode().strip();
        if (issuer.isEmpty()) {
            errors.rejectValue("issuerCode", "awardForms.error.required");
        } else if (issuer.length() > DocumentNumbers.MAX_ISSUER_LENGTH || !ISSUER.matcher(issuer).matches()) {
            errors.rejectValue("issuerCode", "awardForms.error.issuer");
        }
        if (!errors.hasFieldErrors("appraisalDays")
                && (input.getAppraisalDays() == null || input.getAppraisalDays() < MIN_DAYS || input.getAppraisalDays() > MAX_DAYS)) {
            errors.rejectValue("appraisalDays", "awardForms.error.days", new Object[] {MIN_DAYS, MAX_DAYS}, null);
        }
    }
}
