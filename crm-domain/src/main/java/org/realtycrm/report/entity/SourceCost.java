package org.realtycrm.report.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What a lead source cost the brokerage in one month, as an admin entered it: whole cents, never negative. One per
 * source and month; entering it again replaces the amount. The source ROI report spreads it over the month's days.
 */
@Entity
@Table(name = "source_costs")
public class SourceCost extends Tracked {

    public static final int MAX_NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Lead.MAX_SOURCE_LENGTH)
    private String source;

    /** The month's first day. */
    @Column(name = "cost_month", nullable = false)
    private LocalDate month;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    protected SourceCost() {
        // for JPA
    }

    public SourceCost(String source, YearMonth month, long amountCents, String note) {
        this.source = source(source);
        this.month = Objects.requireNonNull(month, "month").atDay(1);
        change(amountCents, note);
    }

    /** The source as leads spell it: trimmed, 1 to 64 characters. */
    public static String source(String text) {
        String tidied = text == null ? "" : text.strip();
        if (tidied.isEmpty() || tidied.length() > Lead.MAX_SOURCE_LENGTH) {
            throw new InvalidInputException("source", "must be 1 to " + Lead.MAX_SOURCE_LENGTH + " characters");
        }
        return tidied;
    }

    /** A month as the API and the screens give it: {@code yyyy-MM}. */
    public static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("month", "is required (yyyy-MM)");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a month (yyyy-MM)");
        }
    }

    public void change(long newAmountCents, String newNote) {
        if (newAmountCents < 0) {
            throw new InvalidInputException("amountCents", "must be 0 or more");
        }
        String tidied = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (tidied != null && tidied.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        this.amountCents = newAmountCents;
        this.note = tidied;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source);
        state.put("month", getMonth());
        state.put("amountCents", amountCents);
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public long getAmountCents() {
        return amountCents;
    }

    public String getNote() {
        return note;
    }
}
