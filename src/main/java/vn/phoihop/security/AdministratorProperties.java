package vn.phoihop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.admin.*} ({@code PHOIHOP_ADMIN_USER}, {@code PHOIHOP_ADMIN_PASSWORD}): the first
 * administrator of a production database, read only while it has none.
 */
@ConfigurationProperties("phoihop.admin")
record AdministratorProperties(@DefaultValue("admin") String user, @DefaultValue("") String password) {
}
