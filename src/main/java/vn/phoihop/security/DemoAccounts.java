package vn.phoihop.security;

import java.util.List;

import vn.phoihop.referencedata.ReferenceDataFiles;

/** The demo accounts of {@code reference/demo-users.yaml}: one shared password, users with their groups. */
record DemoAccounts(String password, List<DemoUser> users) {

    private static final String FILE = "demo-users.yaml";

    static DemoAccounts read(ReferenceDataFiles files) {
        return files.read(FILE, DemoAccounts.class);
    }

    /** Published in the README: never a real account's password. */
    static String publishedPassword(ReferenceDataFiles files) {
        return read(files).password();
    }

    record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
    }
}
