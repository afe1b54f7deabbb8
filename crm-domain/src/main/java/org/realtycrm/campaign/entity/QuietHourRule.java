package org.realtycrm.campaign.entity;

import java.time.LocalTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A state's own calling hours, narrower than the federal 8 am to 9 pm (Florida's 8 am to 8 pm): texts and calls to
 * a recipient in that state go only within them. Administrators keep them; the window guards its own bounds.
 */
@Entity
@Table(name = "quiet_hour_rules")
public class QuietHourRule extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 2)
    private String state;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected QuietHourRule() {
        // for JPA
    }

    /** @param state a US state's or territory's two-letter code */
    public QuietHourRule(String state, QuietHours window, Long by) {
        String code = state == null ? "" : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (!UsStateTimeZones.isState(code)) {
            throw new InvalidInputException("state", "must be a US state's two-letter code (FL, TX)");
        }
        this.state = code;
        change(window, by);
    }

    public void change(QuietHours window, Long by) {
        Objects.requireNonNull(window, "window");
        this.startsAt = window.start();
        this.endsAt = window.end();
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public QuietHours window() {
        return new QuietHours(startsAt, endsAt);
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
