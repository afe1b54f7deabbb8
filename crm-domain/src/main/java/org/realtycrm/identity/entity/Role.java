package org.realtycrm.identity.entity;

/**
 * What a user may do. The names are also the security role names used in {@code @RolesAllowed}
 * and the JWT {@code groups} claim, so they must not be renamed.
 */
public enum Role {
    ADMIN,
    AGENT,
    CLIENT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String AGENT_NAME = "AGENT";
    public static final String CLIENT_NAME = "CLIENT";
    /**
     * The role of an integrator's token (an API client, not a user: no account holds it, so it is not a value of
     * this enum). It may read the listings over the RESO Web API and nothing else.
     */
    public static final String INTEGRATOR_NAME = "INTEGRATOR";

    /** Whether leads may be assigned to users of this role. */
    public boolean canOwnLeads() {
        return this == ADMIN || this == AGENT;
    }
}
