package vn.phoihop.substitutes;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who really receives a task meant for a user on a given day: the user, or their running
 * substitute, or that substitute's substitute, and so on. A cycle (A to B while B to A) stops at
 * the last user not yet visited, so the task always lands with someone.
 */
@Component
class SubstituteResolver {

    private final SubstitutionRepository repository;

    SubstituteResolver(SubstitutionRepository repository) {
        this.repository = repository;
    }

    String finalAssignee(String userId, LocalDate day) {
        Set<String> visited = new LinkedHashSet<>();
        String current = userId;
        visited.add(current);
        while (true) {
            String next = runningSubstitute(current, day);
            if (next == null || !visited.add(next)) {
                return current;
            }
            current = next;
        }
    }

    private String runningSubstitute(String userId, LocalDate day) {
        // Overlaps are refused on creation; should two ever run on one day, the first one wins.
        return repository.findRunning(userId, day).stream().findFirst().map(Substitution::getSubstituteId).orElse(null);
    }
}
