package org.realtycrm.lead.entity;

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
 * Where leads wait that nobody owns yet: every member is told of a lead that lands in it, and the first who claims
 * it gets it.
 */
@Entity
@Table(name = "ponds")
public class Pond extends Tracked {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pond_members", joinColumns = @JoinColumn(name = "pond_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new TreeSet<>();

    protected Pond() {
        // for JPA
    }

    public Pond(String name, Set<Long> memberIds) {
        change(name, memberIds);
    }

    public void change(String newName, Set<Long> newMemberIds) {
        String tidied = newName == null ? "" : newName.strip();
        if (tidied.isEmpty() || tidied.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.name = tidied;
        this.memberIds.clear();
        this.memberIds.addAll(Objects.requireNonNullElse(newMemberIds, Set.of()));
    }

    public boolean hasMember(long userId) {
        return memberIds.contains(userId);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("memberIds", memberIds.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
