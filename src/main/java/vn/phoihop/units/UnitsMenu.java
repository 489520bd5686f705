package vn.phoihop.units;

import org.springframework.stereotype.Component;
import vn.phoihop.security.PortalUser;

/** Whether the layout's menu offers the units registry: only to users it would not answer 403. */
@Component("unitsMenu")
public class UnitsMenu {

    private final UnitScope scope;

    UnitsMenu(UnitScope scope) {
        this.scope = scope;
    }

    public boolean visibleTo(PortalUser user) {
        return user != null && scope.of(user).seesAnything();
    }
}
