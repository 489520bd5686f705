package vn.phoihop.zalo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a resident group (tổ dân cư tự quản) exists, read from its table: a Zalo group may name the
 * resident group it serves; the units feature owns the groups, this module only checks the code.
 */
@Component
class ResidentGroupCodes {

    private final JdbcTemplate jdbc;

    ResidentGroupCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code) {
        Integer found = jdbc.queryForObject("select count(*) from resident_group where code = ?", Integer.class, code);
        return found != null && found > 0;
    }
}
