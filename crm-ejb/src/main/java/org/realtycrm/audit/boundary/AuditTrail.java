package org.realtycrm.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityQuery;
import org.realtycrm.audit.entity.ActivityRepository;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.control.ImportedLeadEntries;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

/** Reading the audit trail: a lead's timeline for whoever may see the lead, everything for administrators. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditTrail {

    @Inject
    ActivityRepository activities;

    @Inject
    LeadRepository leads;

    @Inject
    CurrentUser caller;

    @Inject
    ImportedLeadEntries importedLeads;

    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public Page<Activity> leadTimeline(long leadId, PageRequest page) {
        if (leads.find(leadId, caller.leadVisibility()).isEmpty()) {
            throw new RecordNotFoundException("lead", leadId);
        }
        return importedLeads.withCreation(leadId, activities.forLead(leadId, page), page);
    }

    public Page<Activity> search(ActivityQuery query, PageRequest page) {
        return activities.search(query, page);
    }
}
