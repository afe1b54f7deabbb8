package org.realtycrm.identity.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Agents who work together under a leader. A routing rule may give a team's leads to its members in turn; the
 * leader is always a member.
 */
@Entity
@Table(name = "teams")
public class Team extends Tracked {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "leader_id")
    private Long leaderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new TreeSet<>();

    protected Team() {
        // for JPA
    }

    public Team(String name, Long leaderId, Set<Long> memberIds) {
        change(name, leaderId, memberIds);
    }

    /** @param leaderId one of the team, or {@code null} for a team without a leader yet */
    public void change(String newName, Long newLeaderId, Set<Long> newMemberIds) {
        String tidied = newName == null ? "" : newName.strip();
        if (tidied.isEmpty() || tidied.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Set<Long> members = new TreeSet<>(Objects.requireNonNullElse(newMemberIds, Set.of()));
        if (newLeaderId != null) {
            members.add(newLeaderId);
        }
        this.name = tidied;
        this.leaderId = newLeaderId;
        this.memberIds.clear();
        this.memberIds.addAll(members);
    }

    public boolean hasMember(long userId) {
        return memberIds.contains(userId);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("leaderId", leaderId);
        state.put("memberIds", memberIds.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    /** In id order: the order their turns go in. */
    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
