package org.realtycrm.lead.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.LeadDashboard;

@Path("dashboard")
@Tag(name = "leads")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    LeadDashboard dashboard;

    @GET
    @Operation(summary = "The dashboard's figures", description = "Agents get figures over their own leads only.")
    public DashboardJson figures() {
        return DashboardJson.of(dashboard.figures());
    }
}
