package org.realtycrm.lead.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.platform.csv.CsvExport;

class LeadsCsvTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aLeadIsOneRowWithItsPhonesInOrderItsProfileAndItsTimesInTheBrokeragesZone() throws IOException {
        Lead lead = new Lead(new ContactDetails("Janet", "Doe", "janet@example.com",
                List.of(new Phone("+16175550101", PhoneType.MOBILE), new Phone("+16175550102", PhoneType.HOME))),
                "Open house", null);
        lead.changeProfile(new LeadProfile(LeadType.SELLER, "78701", "Austin", new BigDecimal("450000.00"), "es"));
        lead.scheduleFollowUp(Instant.parse("2026-12-07T15:30:00Z"));

        CSVRecord row = written(lead).get(0);
        assertThat(row.get("First name")).isEqualTo("Janet");
        assertThat(row.get("Email")).isEqualTo("janet@example.com");
        assertThat(row.get("Phones")).isEqualTo("mobile: +16175550101; home: +16175550102");
        assertThat(row.get("Status")).isEqualTo("NEW");
        assertThat(row.get("Agent")).isEmpty();
        assertThat(row.get("Lead type")).isEqualTo("SELLER");
        assertThat(row.get("Price")).isEqualTo("450000.00");
        assertThat(row.get("Next follow-up")).as("9:30 in Chicago, six hours behind UTC in December")
                .isEqualTo("2026-12-07 09:30");
        assertThat(row.get("First contacted")).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        Lead lead = new Lead(new ContactDetails("Janet", "Doe", null, List.of(new Phone("+16175550101",
                PhoneType.MOBILE))), "=HYPERLINK(\"http://evil.example\")", null);

        assertThat(written(lead).get(0).get("Source")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }

    /** The rows written for the lead, read back by their header (which must be the export's, in order). */
    private static List<CSVRecord> written(Lead lead) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = CsvExport.to(out, LeadsCsv.HEADER)) {
            LeadsCsv rows = new LeadsCsv(csv, CHICAGO);
            rows.write(lead);
            assertThat(rows.written()).isEqualTo(1);
        }
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertThat(parser.getHeaderNames()).containsExactly(LeadsCsv.HEADER);
        return parser.getRecords();
    }
}
