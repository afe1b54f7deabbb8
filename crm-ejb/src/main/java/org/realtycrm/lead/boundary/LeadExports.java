package org.realtycrm.lead.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.control.LeadsCsv;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.platform.csv.CsvExport;

/**
 * The leads list as a CSV file: every lead its filters find that the caller may see (not only a page), in its
 * order. Taking people's details out of the system is on the record: the exporter's timeline says who exported how
 * many leads with which filters ({@link #recordExport}, committed before the first row is written).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class LeadExports {

    /** Leads read and forgotten at a time: memory stays flat however many are exported. */
    static final int CHUNK = 500;

    @Inject
    LeadRepository leads;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    /** The filters as a person reads them: "status NEW, CONTACTED; source Zillow", or "none". */
    static String described(LeadQuery query) {
        StringJoiner filters = new StringJoiner("; ");
        filters.setEmptyValue("none");
        if (!query.statuses().isEmpty()) {
            filters.add("status " + names(query.statuses()));
        }
        if (!query.temperatures().isEmpty()) {
            filters.add("temperature " + names(query.temperatures()));
        }
        if (query.source() != null && !query.source().isBlank()) {
            filters.add("source " + query.source());
        }
        if (query.assignedTo() != null) {
            filters.add(query.assignedTo() == 0 ? "unassigned" : "agent " + query.assignedTo());
        }
        if (query.text() != null && !query.text().isBlank()) {
            filters.add("text \u201c" + query.text().strip() + "\u201d");
        }
        if (query.createdSince() != null) {
            filters.add("created since " + query.createdSince());
        }
        if (query.followUpBefore() != null) {
            filters.add("follow-up before " + query.followUpBefore());
        }
        return filters.toString();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Puts the export on the exporter's record, in a transaction of its own that commits before the first row is
     * written: a file that went out stays on the record even if writing it fails half way. Call it first; it also
     * refuses a caller who may not export before anything is sent.
     *
     * @return how many leads the filters find now
     */
    public long recordExport(LeadQuery query) {
        long total = leads.count(query, caller.leadVisibility());
        activities.record(caller.user(), SubjectType.USER, caller.id(), ActivityAction.LEADS_EXPORTED,
                "Exported " + total + (total == 1 ? " lead" : " leads") + " as CSV",
                Map.of("filters", new FieldChange(null, described(query))));
        return total;
    }

    /**
     * Writes the leads as CSV, read a chunk at a time; a lead deleted or given away meanwhile is left out.
     *
     * @return how many leads were written
     */
    public long write(LeadQuery query, OutputStream out) throws IOException {
        try (CsvExport csv = CsvExport.to(out, LeadsCsv.HEADER)) {
            LeadsCsv rows = new LeadsCsv(csv, zone);
            leads.forEachChunk(query, caller.leadVisibility(), CHUNK, chunk -> chunk.forEach(rows::write));
            return rows.written();
        } catch (UncheckedIOException readerGone) {
            throw readerGone.getCause();
        }
    }
}
