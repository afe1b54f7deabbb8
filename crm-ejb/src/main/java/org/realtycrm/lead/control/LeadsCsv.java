package org.realtycrm.lead.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.platform.csv.CsvExport;

/**
 * One CSV row a lead, as the leads export writes it: what the lead page shows, times in the brokerage's zone as a
 * spreadsheet reads them ({@code 2026-12-07 09:30}), phones with their kind, joined with "; " in their order.
 */
public final class LeadsCsv {

    public static final String[] HEADER = {"Id", "First name", "Last name", "Email", "Phones", "Status",
        "Temperature", "Source", "Agent", "Lead type", "Postal code", "City", "Price", "Language", "Next follow-up",
        "First contacted", "Created", "Updated"};

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CsvExport csv;
    private final ZoneId zone;
    private long written;

    public LeadsCsv(CsvExport csv, ZoneId zone) {
        this.csv = csv;
        this.zone = zone;
    }

    public void write(Lead lead) {
        LeadProfile profile = lead.profile();
        try {
            csv.row(lead.getId(), lead.getFirstName(), lead.getLastName(), lead.getEmail(),
                    lead.getPhones().stream().map(LeadsCsv::phone).collect(Collectors.joining("; ")),
                    lead.getStatus(), lead.getTemperature(), lead.getSource(),
                    lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getName(),
                    profile.type(), profile.postalCode(), profile.city(),
                    profile.price() == null ? null : profile.price().toPlainString(), profile.language(),
                    shown(lead.getNextFollowUpAt()), shown(lead.getFirstContactedAt()), shown(lead.getCreatedAt()),
                    shown(lead.getUpdatedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the reader went away: the export stops
        }
        written++;
    }

    public long written() {
        return written;
    }

    /**
     * "mobile: +16175550101": the kind first, which also keeps the cell from starting with the "+" that a spreadsheet
     * would read as a formula (and that {@link CsvExport} would otherwise have to mark as text).
     */
    private static String phone(Phone phone) {
        return phone.type().name().toLowerCase(Locale.ROOT) + ": " + phone.number();
    }

    private String shown(Instant when) {
        return when == null ? null : SHOWN.format(when.atZone(zone));
    }
}
