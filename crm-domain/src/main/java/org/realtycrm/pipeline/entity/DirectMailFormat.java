package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ExportFormat.orEmpty;

import java.util.List;

/**
 * A direct-mail house's file: a header row, the addressee, USPS address lines (line 2 the unit), city, the two-letter
 * state and the ZIP as text with its leading zeros ({@code 02134}, never a number), and the property the letter is
 * about. One envelope per property, to owners with a whole address (the mailing address, else the property's): an
 * investor's letter is about one house.
 */
final class DirectMailFormat implements ExportFormat {

    @Override
    public List<String> header() {
        return List.of("Name", "Address Line 1", "Address Line 2", "City", "State", "ZIP", "Property Address");
    }

    @Override
    public List<List<String>> rows(ExportRecord record) {
        ListRow.Place to = record.mailTo();
        if (to == null) {
            return List.of();
        }
        ListRow.Place property = record.property();
        String about = property.street() == null ? "" : property.street() + ", " + orEmpty(property.city());
        return List.of(List.of(record.fullName(), to.street(), orEmpty(to.unit()), to.city(), to.state(), to.zip(),
                about));
    }
}
