package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.TracedPhone;

/**
 * A kept row of a list as the owners table shows it: each traced phone as "+12125550123 MOBILE, DNC", the emails as
 * one text, and what the import made of the owner ("new lead, score 30", "merged, score 80, responded").
 *
 * @param leadId the lead the row became or merged into, for the link to its page; {@code null} when none
 */
public record OwnerLine(long line, String owner, boolean corporate, String mailingAddress, String traceStatus,
        String phones, String emails, Long leadId, String lead) implements Serializable {

    static OwnerLine of(ListSetup.PulledOwner owner) {
        return new OwnerLine(owner.line(), owner.ownerName(), owner.corporate(), owner.mailingAddress(),
                owner.traceStatus(), owner.phones().stream().map(OwnerLine::phone).collect(Collectors.joining("; ")),
                String.join(", ", owner.emails()), owner.leadId(), lead(owner));
    }

    /** The import's outcome in words; empty before the import step. */
    static String lead(ListSetup.PulledOwner owner) {
        if (owner.leadOutcome() == null) {
            return owner.respondedAt() == null ? "" : "responded";
        }
        List<String> words = new ArrayList<>();
        words.add(switch (owner.leadOutcome()) {
            case "CREATED" -> "new lead";
            case "MERGED" -> "merged into a lead";
            default -> "nobody to reach";
        });
        if (owner.score() != null) {
            words.add("score " + owner.score());
        }
        if (owner.respondedAt() != null) {
            words.add("responded");
        }
        return String.join(", ", words);
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
