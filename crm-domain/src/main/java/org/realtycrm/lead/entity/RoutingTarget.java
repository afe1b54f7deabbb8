package org.realtycrm.lead.entity;

/** Where a routing rule sends a lead. Stored by name: append, never rename. */
public enum RoutingTarget {
    /** One agent (while on duty; else the next rule decides). */
    AGENT,
    /** The next on-duty member of a team, in turn. */
    TEAM,
    /** A pond, where any member may claim it: first to claim wins. */
    POND
}
