package vn.phoihop.security;

import org.camunda.bpm.engine.identity.User;

/** A user as other people see them: id and the name they know them by (the id when no name is set). */
public record Colleague(String id, String name) {

    public static Colleague of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Colleague(user.getId(), name.isEmpty() ? user.getId() : name);
    }
}
