package vn.phoihop.substitutes;

import org.camunda.bpm.engine.identity.User;

/** A user to offer as a substitute: id and the name people know them by. */
record Colleague(String id, String name) {

    static Colleague of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Colleague(user.getId(), name.isEmpty() ? user.getId() : name);
    }
}
