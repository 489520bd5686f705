package vn.phoihop.security;

import org.camunda.bpm.engine.identity.User;

/** A user as colleagues pick them from a list: id and the name people know them by. */
public record Colleague(String id, String name) {

    static Colleague of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Colleague(user.getId(), name.isEmpty() ? user.getId() : name);
    }
}
