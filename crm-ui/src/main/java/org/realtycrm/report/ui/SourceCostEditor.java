package org.realtycrm.report.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.report.boundary.Reports;
import org.realtycrm.report.boundary.SourceCosts;
import org.realtycrm.report.entity.SourceCost;

/**
 * The sources' monthly costs on the Reports screen: a month's cost entered (or replaced, when the source has one for
 * the month) in dollars and cents, and removed.
 */
@Named
@ViewScoped
public class SourceCostEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourceCosts costs;

    @Inject
    Reports reports;

    @Inject
    ReportsScreen screen;

    private List<SourceCost> shown = List.of();
    private String source;
    private String month;
    private BigDecimal amount;
    private String note;

    @PostConstruct
    void init() {
        month = YearMonth.from(LocalDate.now(reports.zone())).toString();
        reload();
    }

    private void reload() {
        shown = costs.all();
    }

    public void save() {
        try {
            SourceCosts.Outcome outcome = costs.set(source, SourceCost.month(month), cents(amount), note);
            Messages.info((outcome.created() ? "Entered " : "Replaced ") + "the cost of " + outcome.cost().getSource()
                    + " for " + outcome.cost().getMonth() + ".");
            source = null;
            amount = null;
            note = null;
            reload();
            screen.run();
        } catch (CrmException refused) {
            Messages.refused(refused, "costs");
        }
    }

    public void remove(SourceCost cost) {
        try {
            costs.remove(cost.getSource(), cost.getMonth());
            Messages.info("Removed the cost of " + cost.getSource() + " for " + cost.getMonth() + ".");
        } catch (CrmException refused) {
            Messages.refused(refused, "costs");
        }
        reload();
        screen.run();
    }

    /** Dollars as typed, in whole cents. */
    static long cents(BigDecimal dollars) {
        if (dollars == null) {
            throw new InvalidInputException("amountCents", "is required");
        }
        if (dollars.scale() > 2 && dollars.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amountCents", "must be whole cents");
        }
        return dollars.movePointRight(2).longValueExact();
    }

    public List<SourceCost> getShown() {
        return shown;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
