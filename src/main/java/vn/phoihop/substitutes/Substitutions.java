package vn.phoihop.substitutes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import vn.phoihop.portal.DateWindow;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.Colleagues;

/** Naming and withdrawing substitutes, with the rules that keep a substitution meaningful. */
@Service
class Substitutions {

    /** Longer absences are a change of post, handled by group membership, not by a substitute. */
    static final int MAX_DAYS = 366;

    private final SubstitutionRepository repository;
    private final Colleagues colleagues;

    Substitutions(SubstitutionRepository repository, Colleagues colleagues) {
        this.repository = repository;
        this.colleagues = colleagues;
    }

    List<Substitution> mine(String userId) {
        return repository.findByUserIdOrderByValidFromDesc(userId);
    }

    List<Substitution> forMe(String userId) {
        return repository.findBySubstituteIdOrderByValidFromDesc(userId);
    }

    /** Saves the substitution when the form is valid; otherwise puts one message on each wrong field. */
    @Transactional
    void create(String userId, SubstitutionForm form, Errors errors) {
        validateSubstitute(userId, form.getSubstituteId(), errors);
        validateRange(userId, form, errors);
        if (!errors.hasErrors()) {
            repository.save(new Substitution(userId, form.getSubstituteId().trim(), form.getFrom(), form.getTo(), ProvinceClock.now()));
        }
    }

    /** Answers false when there is no such substitution of this user, so nobody learns about others' ids. */
    @Transactional
    boolean delete(String userId, long id) {
        return repository.findByIdAndUserId(id, userId).map(substitution -> {
            repository.delete(substitution);
            return true;
        }).orElse(false);
    }

    private void validateSubstitute(String userId, String substituteId, Errors errors) {
        if (errors.hasFieldErrors("substituteId")) {
            return;
        }
        if (substituteId == null || substituteId.isBlank()) {
            errors.rejectValue("substituteId", "substitutes.error.substituteRequired");
        } else if (substituteId.trim().equals(userId)) {
            errors.rejectValue("substituteId", "substitutes.error.self");
        } else if (!colleagues.exists(substituteId.trim())) {
            errors.rejectValue("substituteId", "substitutes.error.unknownUser");
        } else if (!colleagues.areColleagues(userId, substituteId.trim())) {
            errors.rejectValue("substituteId", "substitutes.error.notColleague");
        }
    }

    private void validateRange(String userId, SubstitutionForm form, Errors errors) {
        LocalDate from = form.getFrom();
        LocalDate to = form.getTo();
        if (from == null && !errors.hasFieldErrors("from")) {
            errors.rejectValue("from", "substitutes.error.dateRequired");
        }
        if (to == null && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "substitutes.error.dateRequired");
        }
        if (from == null || to == null) {
            return;
        }
        if (!DateWindow.contains(from)) {
            errors.rejectValue("from", DateWindow.OUT_OF_RANGE, DateWindow.messageArguments(), null);
        }
        if (!DateWindow.contains(to)) {
            errors.rejectValue("to", DateWindow.OUT_OF_RANGE, DateWindow.messageArguments(), null);
        }
        if (errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
            return;
        }
        if (to.isBefore(from)) {
            errors.rejectValue("to", "substitutes.error.toBeforeFrom");
        } else if (to.isBefore(ProvinceClock.today())) {
            errors.rejectValue("to", "substitutes.error.past");
        } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
            errors.rejectValue("to", "substitutes.error.tooLong", new Object[] {MAX_DAYS}, null);
        } else if (repository.overlaps(userId, from, to)) {
            errors.rejectValue("from", "substitutes.error.overlap");
        }
    }
}
