package vn.phoihop.units;

import java.util.List;
import java.util.UUID;

import vn.phoihop.security.PortalUser;

/** Units made for one test, each with a fresh code, through the registry's own rules (groups included). */
public final class TestUnits {

    public static final String TAN_NINH_POLICE = UnitPages.TAN_NINH_POLICE;
    private static final PortalUser ADMIN = new PortalUser("admin", "Admin", List.of("camunda-admin"));

    private TestUnits() {
    }

    /** A unit of Phường Tân Ninh whose group has the user as its contact. */
    public static Unit create(UnitRegistry registry, UnitKind kind, String contactUser) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return registry.create(new UnitValues(code, kind.name(), "Đơn vị thử " + code, null, "Phường Tân Ninh",
                TAN_NINH_POLICE, contactUser), ADMIN);
    }
}
