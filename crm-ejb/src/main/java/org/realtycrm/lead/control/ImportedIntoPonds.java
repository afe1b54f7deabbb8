package org.realtycrm.lead.control;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.notification.control.LeadAssignedNotices;

/**
 * Tells the members of each pond that a chunk of an import (a CSV file, a list) put leads in how many landed there:
 * one notification per member, pond and chunk, as the agents who got leads are told, not one per lead.
 */
@ApplicationScoped
public class ImportedIntoPonds {

    @Inject
    LeadAssignedNotices notices;

    /**
     * @param perPond    how many of the chunk's stored leads each pond got
     * @param placements the chunk's placements, which name each pond and its members
     * @param origin     where the leads came from, as the notification says it ("import 7 (leads.csv)")
     * @param chunk      the dedupe key of the chunk: a chunk run again after a crash tells nobody twice
     */
    public void announce(Map<Long, Integer> perPond, List<LeadPlacement> placements, String origin, String chunk) {
        perPond.forEach((pondId, count) -> {
            LeadPlacement pond = placements.stream().filter(placement -> pondId.equals(placement.pondId()))
                    .findFirst().orElseThrow();
            pond.pondMembers().forEach(member -> notices.announceImported(member, count,
                    origin + ", in pond " + pond.pondName() + ": the first to claim each gets it",
                    chunk + ":pond:" + pondId + ":agent:" + member));
        });
    }
}
