package vn.phoihop.security;

import java.util.List;

/** The demo accounts of {@code reference/demo-users.yaml}: one shared password, users with their groups. */
record DemoAccounts(String password, List<DemoUser> users) {

    record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
    }
}
