package vn.phoihop.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.attachments.PendingFiles;
import vn.phoihop.security.PortalUser;

/**
 * What a user typed in a form and has not sent yet, so that nothing is lost: the files of a refused
 * submission (kept as pending files, sent with the corrected form), a draft saved with "Lưu nháp"
 * or on posting a comment, and the values of a submission that arrived after the session expired.
 * All of it belongs to one user and one {@link FormPlace}, is never shown to anyone else, and
 * expires after {@code phoihop.forms.unsent-retention}.
 */
@Service
public class UnsentForms {

    /** The name of the checkboxes that keep a pending file in the next submission (forms/fields.html). */
    public static final String KEEP_FILE = "_keepFile";

    /**
     * Errors a draft may carry: a form still being filled in is incomplete, not wrong. Anything else
     * (too long, not a number, not an option, a refused file) is what the form cannot hold.
     */
    private static final Set<String> INCOMPLETE = Set.of("form.error.required", "form.error.minLength",
            "form.error.minItems", "form.error.pattern", "form.error.email", "form.error.phone");

    private static final TypeReference<LinkedHashMap<String, List<String>>> RAW_VALUES = new TypeReference<>() { };

    /** Shown above a form whose values come from the user's draft. */
    public record DraftNotice(Date savedAt, boolean restoredAfterExpiry, boolean filesNotKept) {
    }

    /** The form to show and, when its values are a draft, the notice saying so (else null). */
    public record Shown(FormView form, DraftNotice draft) {
    }

    private final FormDraftRepository drafts;
    private final PendingFiles pendingFiles;
    private final FormViewFactory views;
    private final FormSubmissionBinder binder;
    private final ObjectMapper json;
    private final Duration retention;

    UnsentForms(FormDraftRepository drafts, PendingFiles pendingFiles, FormViewFactory views,
                FormSubmissionBinder binder, ObjectMapper json, FormProperties properties) {
        this.drafts = drafts;
        this.pendingFiles = pendingFiles;
        this.views = views;
        this.binder = binder;
        this.json = json;
        this.retention = properties.unsentRetention();
    }

    /**
     * The form as the user left it: the draft's values (after adopting the values of a submission
     * the expired session could not take), the pending files, or the form as the variables fill it.
     */
    @Transactional
    public Shown show(PortalUser user, FormPlace place, FormSchema form, FormContext context, HttpSession session) {
        CarriedForm carried = CarriedForm.take(session, place);
        boolean restored = carried != null && carried.ownerId().equals(user.id());
        if (restored) {
            saveRaw(user, place, binder.bind(form, new LinkedMultiValueMap<>(carried.parameters()), null, context).rawValues());
        }
        Map<String, List<PendingFiles.Kept>> files = keptFiles(user, place);
        return drafts.findLive(user.id(), place.key(), Instant.now())
                .map(draft -> new Shown(views.create(form, asSubmission(draft), context, files),
                        new DraftNotice(Date.from(draft.savedAt()), restored, restored && carried.hadFiles())))
                .orElseGet(() -> new Shown(views.create(form, context, files), null));
    }

    /**
     * The files a POST of the form sends: those chosen now, and the pending ones whose "keep" box is
     * still ticked. A file chosen now for a single-file field replaces the pending one.
     */
    @Transactional(readOnly = true)
    public MultiValueMap<String, MultipartFile> uploads(PortalUser user, FormPlace place, FormSchema form,
                                                        HttpServletRequest request) {
        MultiValueMap<String, MultipartFile> chosen = new LinkedMultiValueMap<>(FormRequest.files(request));
        String[] keep = request.getParameterValues(KEEP_FILE);
        if (form == null || keep == null || keep.length == 0) {
            return chosen;
        }
        Map<String, FormComponent> pickers = filePickers(form);
        pendingFiles.open(user.id(), place.key(), List.of(keep)).forEach((key, kept) -> {
            FormComponent picker = pickers.get(key);
            boolean replaced = picker != null && !picker.multiple()
                    && chosen.getOrDefault(key, List.of()).stream().anyMatch(file -> file != null && !file.isEmpty());
            if (!replaced) {
                List<MultipartFile> all = new ArrayList<>(kept);
                all.addAll(chosen.getOrDefault(key, List.of()));
                chosen.put(key, all);
            }
        });
        return chosen;
    }

    /** The form again after a refused submission: its files are kept as pending files and shown as chosen. */
    @Transactional
    public FormView refused(PortalUser user, FormPlace place, FormSchema form, FormSubmission submission,
                            FormContext context) {
        FormSubmission shown = keepFiles(user, place, form, submission);
        return views.create(form, shown, context, keptFiles(user, place));
    }

    /**
     * Saves the posted values and files as the user's draft without asking for what is missing. What
     * the form cannot hold is refused: then the answer is the form with those errors, and nothing is
     * saved but the files that pass their rules.
     */
    @Transactional
    public Optional<FormView> saveDraft(PortalUser user, FormPlace place, FormSchema form, HttpServletRequest request,
                                        FormContext context) {
        FormSubmission submission = bind(user, place, form, request, context);
        FormSubmission kept = keepFiles(user, place, form, submission);
        Map<String, List<FormFieldError>> wrong = new LinkedHashMap<>();
        kept.errors().forEach((name, errors) -> {
            List<FormFieldError> hard = errors.stream().filter(e -> !INCOMPLETE.contains(e.code())).toList();
            if (!hard.isEmpty()) {
                wrong.put(name, hard);
            }
        });
        if (!wrong.isEmpty()) {
            return Optional.of(views.create(form, new FormSubmission(kept.values(), kept.rawValues(), kept.files(), wrong),
                    context, keptFiles(user, place)));
        }
        saveRaw(user, place, submission.rawValues());
        return Optional.empty();
    }

    /** Keeps the posted values as they are, whatever their errors: the user did not ask to send them (a comment). */
    @Transactional
    public void keepAsDraft(PortalUser user, FormPlace place, FormSchema form, HttpServletRequest request,
                            FormContext context) {
        FormSubmission submission = bind(user, place, form, request, context);
        keepFiles(user, place, form, submission);
        saveRaw(user, place, submission.rawValues());
    }

    private FormSubmission bind(PortalUser user, FormPlace place, FormSchema form, HttpServletRequest request,
                                FormContext context) {
        return binder.bind(form, FormRequest.parameters(request), uploads(user, place, form, request), context);
    }

    /** The user's draft and pending files of this place are dropped. */
    @Transactional
    public void discard(PortalUser user, FormPlace place) {
        drafts.deleteByUserAndPlace(user.id(), place.key());
        pendingFiles.discard(user.id(), place.key());
    }

    /** Everyone's drafts and pending files of this place: its form was sent, no one can send it again. */
    @Transactional
    public void sentByAnyone(FormPlace place) {
        drafts.deleteByPlace(place.key());
        pendingFiles.discardAll(place.key());
    }

    /** Expired drafts and pending files are deleted, not only hidden. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void purgeExpired() {
        Instant now = Instant.now();
        drafts.deleteExpired(now);
        pendingFiles.purgeExpired(now);
    }

    private void saveRaw(PortalUser user, FormPlace place, Map<String, List<String>> rawValues) {
        FormDraft draft = drafts.findByUserIdAndPlace(user.id(), place.key())
                .orElseGet(() -> new FormDraft(UUID.randomUUID().toString(), user.id(), place.key()));
        Instant now = Instant.now();
        try {
            draft.save(json.writeValueAsBytes(rawValues), now, now.plus(retention));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drafts.save(draft);
    }

    private FormSubmission asSubmission(FormDraft draft) {
        try {
            return new FormSubmission(Map.of(), json.readValue(draft.content(), RAW_VALUES), Map.of(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the submission's files that pass their field's rules as the place's pending files; a file
     * that breaks the attachment rules is not kept, and its field says why.
     */
    private FormSubmission keepFiles(PortalUser user, FormPlace place, FormSchema form, FormSubmission submission) {
        Map<String, FormComponent> pickers = filePickers(form);
        Map<String, List<MultipartFile>> keepable = new LinkedHashMap<>();
        submission.files().forEach((key, files) -> {
            FormComponent picker = pickers.get(key);
            if (picker != null) {
                keepable.put(key, files.stream().filter(file -> picker.accept() == null || picker.accept().isBlank()
                        || FormValues.accepts(picker.accept(), file)).toList());
            }
        });
        List<PendingFiles.Refusal> refusals = pendingFiles.replace(user.id(), place.key(), keepable,
                Instant.now().plus(retention));
        if (refusals.isEmpty()) {
            return submission;
        }
        Map<String, List<FormFieldError>> errors = new LinkedHashMap<>(submission.errors());
        for (PendingFiles.Refusal refusal : refusals) {
            List<FormFieldError> list = new ArrayList<>(errors.getOrDefault(refusal.fieldKey(), List.of()));
            list.add(FormFieldError.of(refusal.messageCode(), refusal.messageArguments()));
            errors.put(refusal.fieldKey(), list);
        }
        return new FormSubmission(submission.values(), submission.rawValues(), submission.files(), errors);
    }

    private Map<String, List<PendingFiles.Kept>> keptFiles(PortalUser user, FormPlace place) {
        return pendingFiles.list(user.id(), place.key()).stream()
                .collect(Collectors.groupingBy(PendingFiles.Kept::fieldKey, LinkedHashMap::new, Collectors.toList()));
    }

    private static Map<String, FormComponent> filePickers(FormSchema form) {
        Map<String, FormComponent> pickers = new LinkedHashMap<>();
        form.fields().stream().filter(field -> field.type() == FormComponentType.FILEPICKER && !field.locked())
                .forEach(field -> pickers.put(field.key(), field));
        return pickers;
    }
}
