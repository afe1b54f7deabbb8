package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.TracedPhone;

/**
 * A kept row of a list as the owners table shows it: each traced phone as "+12125550123 MOBILE, DNC", the emails as
 * one text.
 */
public record OwnerLine(long line, String owner, boolean corporate, String mailingAddress, String traceStatus,
        String phones, String emails) implements Serializable {

    static OwnerLine of(ListSetup.PulledOwner owner) {
        return new OwnerLine(owner.line(), owner.ownerName(), owner.corporate(), owner.mailingAddress(),
                owner.traceStatus(), owner.phones().stream().map(OwnerLine::phone).collect(Collectors.joining("; ")),
                String.join(", ", owner.emails()));
    }

    private static String phone(TracedPhone phone) {
        List<String> about = new ArrayList<>();
        about.add(phone.lineType().name());
        if (phone.dnc()) {
            about.add("DNC");
        }
        if (phone.litigator()) {
            about.add("litigator");
        }
        return phone.number() + " " + String.join(", ", about);
    }
}
