package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.platform.paging.Page;

/** One of the caller's ponds on the Ponds screen: the leads waiting in it, oldest first, as many as are shown. */
public final class WaitingPond implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final List<WaitingLead> leads;
    private final long total;

    private WaitingPond(long id, String name, List<WaitingLead> leads, long total) {
        this.id = id;
        this.name = name;
        this.leads = leads;
        this.total = total;
    }

    static WaitingPond of(Pond pond, Page<Lead> waiting) {
        return new WaitingPond(pond.getId(), pond.getName(), waiting.items().stream().map(WaitingLead::of).toList(),
                waiting.total());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<WaitingLead> getLeads() {
        return leads;
    }

    public long getTotal() {
        return total;
    }

    /** How many wait beyond the ones shown (claimed ones make room for them). */
    public long getNotShown() {
        return Math.max(0, total - leads.size());
    }
}
