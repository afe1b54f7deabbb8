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

    /** Whether leads may be assigned to users of this role. */
    public boolean canOwnLeads() {
        return this == ADMIN || this == AGENT;
    }
}
