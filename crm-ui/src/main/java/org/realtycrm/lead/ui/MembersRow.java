package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.Set;

/** One team or pond as the routing screen lists it: its name, leader (a team's) and members by name. */
public final class MembersRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String leader;
    private final String members;

    MembersRow(long id, String name, Long leaderId, Set<Long> memberIds, RoutingNames names) {
        this.id = id;
        this.name = name;
        this.leader = leaderId == null ? "no leader" : names.person(leaderId);
        this.members = names.people(memberIds);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLeader() {
        return leader;
    }

    public String getMembers() {
        return members;
    }
}
