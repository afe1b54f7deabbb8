package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.ListRow;

/**
 * One row of a preview as its table shows it: what the mapping read, and whether the criteria keep it ("yes", "no",
 * or "—" without criteria or for a row that could not be read), or why it is rejected.
 */
public record PreviewLine(long line, String owner, boolean corporate, String mailingAddress, String propertyAddress,
        String apn, BigDecimal estimatedValue, BigDecimal equityPercent, String ownerTypes, String kept,
        String rejected) implements Serializable {

    static PreviewLine of(ListSetup.PreviewRow row) {
        String kept = row.kept() == null ? "—" : row.kept() ? "yes" : "no";
        ListRow read = row.row();
        if (read == null) {
            return new PreviewLine(row.line(), null, false, null, null, null, null, null, null, kept,
                    row.rejected());
        }
        return new PreviewLine(row.line(), read.owner().name(), read.owner().corporate(),
                address(read.owner().mailing()), address(read.property()), read.apn(), read.estimatedValue(),
                read.equityPercent(), read.ownerTypes().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", ")), kept, null);
    }

    private static String address(ListRow.Place place) {
        return Stream.of(place.street(), place.unit(), place.city(), place.state(), place.zip())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
