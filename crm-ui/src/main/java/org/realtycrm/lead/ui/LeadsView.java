package org.realtycrm.lead.ui;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.realtycrm.lead.boundary.BulkOutcome;
import org.realtycrm.lead.boundary.LeadExports;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * The leads list: filters, free-text search, a lazily paged and sorted table, and the admins' list actions. The
 * dashboard opens it pre-filtered through query parameters (status, temperature, source, createdSince, overdue;
 * sort as in the API, e.g. {@code -createdAt}).
 */
@Named
@ViewScoped
public class LeadsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":leadsForm:leads";

    @Inject
    Leads leads;

    @Inject
    LeadExports exports;

    @Inject
    Brokerage brokerage;

    @Inject
    AgentChoices agentChoices;

    // filters (the form) and the dashboard's parameters that set them
    private List<LeadStatus> statuses = new ArrayList<>();
    private List<Temperature> temperatures = new ArrayList<>();
    private String source;
    private Long agentId;
    private String text;
    private Instant createdSince;
    private Instant followUpBefore;
    private String statusParam;
    private String temperatureParam;
    private String createdSinceParam;
    private boolean overdueParam;
    private String sortParam;

    private LeadRows rows;
    private List<LeadRow> selected = new ArrayList<>();
    private Long bulkAgentId;
    private LeadStatus bulkStatus;

    @PostConstruct
    void init() {
        rows = new LeadRows(leads, brokerage, this::query);
    }

    /** Applies the query parameters the dashboard links carry. */
    public void open() {
        statuses = parseAll(statusParam, LeadStatus::valueOf);
        temperatures = parseAll(temperatureParam, Temperature::valueOf);
        try {
            createdSince = createdSinceParam == null || createdSinceParam.isBlank() ? null : Instant.parse(createdSinceParam);
        } catch (DateTimeParseException e) {
            createdSince = null;
        }
        if (overdueParam) {
            // the dashboard's "overdue follow-ups": open leads whose follow-up time had passed when the card counted
            statuses = LeadStatus.open();
            followUpBefore = LeadFigures.asOf(Instant.now());
        }
    }

    /** The form's filters, in the order of the table's sorted column if it has one, else in the link's order. */
    LeadQuery query(LeadSort tableSort) {
        return new LeadQuery(Set.copyOf(statuses), Set.copyOf(temperatures), source, agentId, text, createdSince,
                followUpBefore, tableSort != null ? tableSort : sort());
    }

    /** The order a link asked for; overdue leads come longest overdue first. The table's own sort overrides it. */
    private LeadSort sort() {
        if (followUpBefore != null) {
            return new LeadSort(LeadSort.Field.nextFollowUpAt, false);
        }
        try {
            return LeadSort.parse(sortParam);
        } catch (InvalidInputException e) {
            return null; // a hand-edited link with an unknown order gets the default one
        }
    }

    /**
     * Sends every lead the filters find (not only the page shown), in the table's order, as a CSV download. The
     * filters are the ones the form just submitted.
     */
    public void export() throws IOException {
        LeadQuery query = query(rows.shownSort());
        try {
            exports.recordExport(query);
        } catch (RuntimeException refused) {
            ScreenErrors.report(refused); // nothing sent yet: the page shows why
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.setResponseContentType("text/csv; charset=UTF-8");
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"leads.csv\"");
        exports.write(query, response.getResponseOutputStream());
        faces.responseComplete();
    }

    /** A changed filter starts the list again at its first page. */
    public void filtersChanged() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        statuses = new ArrayList<>();
        temperatures = new ArrayList<>();
        source = null;
        agentId = null;
        text = null;
        createdSince = null;
        followUpBefore = null;
        sortParam = null;
        filtersChanged();
    }

    public void assignSelected() {
        if (bulkAgentId == null) {
            Messages.error("Choose the agent to assign the selected leads to.");
            return;
        }
        runBulk(ids -> leads.assignAll(ids, bulkAgentId), "assigned", "already theirs");
    }

    public void changeStatusOfSelected() {
        if (bulkStatus == null) {
            Messages.error("Choose the status to move the selected leads to.");
            return;
        }
        runBulk(ids -> leads.changeStatusOfAll(ids, bulkStatus), "moved to " + bulkStatus, "already " + bulkStatus);
    }

    /** Reports each lead of the selection: changed, unchanged, or refused with the reason, by name. */
    private void runBulk(Function<List<Long>, BulkOutcome> action, String done, String unchanged) {
        if (selected.isEmpty()) {
            Messages.error("Select the leads first (the boxes on the left).");
            return;
        }
        Map<Long, String> names = selected.stream().collect(Collectors.toMap(LeadRow::getId, LeadRow::getName, (a, b) -> a));
        try {
            BulkOutcome outcome = action.apply(List.copyOf(names.keySet()));
            if (!outcome.changed().isEmpty()) {
                Messages.info(outcome.changed().size() + " lead(s) " + done + ".");
            }
            if (!outcome.unchanged().isEmpty()) {
                Messages.info(outcome.unchanged().size() + " lead(s) " + unchanged + ".");
            }
            outcome.refused().forEach(refusal -> Messages.error(
                    names.get(refusal.leadId()) + " (lead " + refusal.leadId() + ") was left as it was: " + refusal.reason()));
            selected = new ArrayList<>();
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
    }

    public boolean isFilteredByDate() {
        return createdSince != null || followUpBefore != null;
    }

    public String getDateFilter() {
        if (followUpBefore != null) {
            return "Follow-up overdue at " + brokerage.format(followUpBefore);
        }
        return createdSince == null ? "" : "Created since " + brokerage.format(createdSince);
    }

    public List<AgentChoices.Agent> getAgents() {
        return agentChoices.agents();
    }

    public LeadStatus[] getStatusChoices() {
        return LeadStatus.values();
    }

    public Temperature[] getTemperatureChoices() {
        return Temperature.values();
    }

    private static <E extends Enum<E>> List<E> parseAll(String param, Function<String, E> parse) {
        if (param == null || param.isBlank()) {
            return new ArrayList<>();
        }
        List<E> values = new ArrayList<>();
        for (String name : param.split(",")) {
            try {
                values.add(parse.apply(name.strip()));
            } catch (IllegalArgumentException e) {
                // an unknown value in a hand-edited link filters nothing rather than failing the page
            }
        }
        return values;
    }

    public LeadRows getRows() {
        return rows;
    }

    public List<LeadStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<LeadStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : statuses;
    }

    public List<Temperature> getTemperatures() {
        return temperatures;
    }

    public void setTemperatures(List<Temperature> temperatures) {
        this.temperatures = temperatures == null ? new ArrayList<>() : temperatures;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }

    public String getTemperatureParam() {
        return temperatureParam;
    }

    public void setTemperatureParam(String temperatureParam) {
        this.temperatureParam = temperatureParam;
    }

    public String getCreatedSinceParam() {
        return createdSinceParam;
    }

    public void setCreatedSinceParam(String createdSinceParam) {
        this.createdSinceParam = createdSinceParam;
    }

    public boolean isOverdueParam() {
        return overdueParam;
    }

    public void setOverdueParam(boolean overdueParam) {
        this.overdueParam = overdueParam;
    }

    public String getSortParam() {
        return sortParam;
    }

    public void setSortParam(String sortParam) {
        this.sortParam = sortParam;
    }

    public List<LeadRow> getSelected() {
        return selected;
    }

    public void setSelected(List<LeadRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Long getBulkAgentId() {
        return bulkAgentId;
    }

    public void setBulkAgentId(Long bulkAgentId) {
        this.bulkAgentId = bulkAgentId;
    }

    public LeadStatus getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(LeadStatus bulkStatus) {
        this.bulkStatus = bulkStatus;
    }
}
