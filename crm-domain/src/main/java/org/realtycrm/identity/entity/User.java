package org.realtycrm.identity.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/** Someone who signs in: an administrator, an agent or a client. Users are deactivated, never deleted. */
@Entity
@Table(name = "users")
public class User extends Tracked {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt;

    /** An agent off duty gets no lead from a round robin; a rule naming them passes the lead to the next rule. */
    @Column(name = "on_duty", nullable = false)
    private boolean onDuty = true;

    protected User() {
        // for JPA
    }

    public User(String email, String name, Role role, String passwordHash) {
        this.email = Objects.requireNonNull(EmailAddress.normalize("email", email), "email");
        rename(name);
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String trimmed = newName.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        this.name = trimmed;
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
        this.credentialsChangedAt = Instant.now();
    }

    /**
     * Identifies the current password: access tokens carry it, and a token carrying an older one no longer speaks
     * for this user (changing the password signs the account out everywhere).
     */
    public long credentialsStamp() {
        return credentialsChangedAt.toEpochMilli();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void goOnDuty(boolean on) {
        this.onDuty = on;
    }

    public boolean isOnDuty() {
        return onDuty;
    }

    /** Whether routing may hand this user a new lead now: they can own leads and are on duty. */
    public boolean takesRoutedLeads() {
        return canOwnLeads() && onDuty;
    }

    /** Whether this user may currently be handed leads. */
    public boolean canOwnLeads() {
        return active && role.canOwnLeads();
    }

    /** The fields the audit trail compares before and after a change (never the password hash). */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", email);
        state.put("name", name);
        state.put("role", role);
        state.put("active", active);
        state.put("onDuty", onDuty);
        return state;
    }

    @PrePersist
    void stampFirstCredentials() {
        if (credentialsChangedAt == null) {
            credentialsChangedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

}
