package vn.phoihop.instances;

import vn.phoihop.security.PortalUser;

/**
 * A feature's own rule for who may read an instance beyond those who took part in it: the
 * commendation registry, for example, lets an organisation's staff and the coordinators read the
 * proposals they may list. {@link InstanceAccess} asks every such bean after its own rule.
 */
public interface InstanceReaders {

    boolean mayRead(PortalUser user, String processInstanceId);
}
