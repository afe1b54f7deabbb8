package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ExportFormat.orEmpty;

import java.util.List;

/**
 * A dialer's call list: one row per phone that may be called today ({@link ExportRecord#callable()}: no
 * Do-Not-Call list holds it and the trace did not flag it Do-Not-Call or litigator). A suppressed number is never
 * written, whatever else the owner has. The number is written as its digits with the country code
 * ({@code 13195550123}): the E.164 "+" would start a cell that spreadsheets read as a formula.
 */
final class DialerFormat implements ExportFormat {

    @Override
    public List<String> header() {
        return List.of("Phone", "Line Type", "First Name", "Last Name", "Owner", "Property Address", "City", "State",
                "ZIP");
    }

    @Override
    public List<List<String>> rows(ExportRecord record) {
        ListRow.Place property = record.property();
        return record.callable().stream().map(phone -> List.of(phone.number().substring(1), phone.lineType().name(),
                record.corporate() ? "" : orEmpty(record.firstName()),
                record.corporate() ? "" : orEmpty(record.lastName()), record.fullName(), orEmpty(property.street()),
                orEmpty(property.city()), orEmpty(property.state()), orEmpty(property.zip()))).toList();
    }
}
