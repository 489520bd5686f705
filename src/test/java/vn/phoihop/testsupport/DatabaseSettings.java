package vn.phoihop.testsupport;

/** What Spring's datasource needs to reach one test database. */
public record DatabaseSettings(String url, String username, String password) {
}
