package org.realtycrm.portal.rest;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.portal.boundary.ClientInvitations;

/** A lead's access to the client portal, and their agent's invitation (ADMIN, AGENT: the lead's agent). */
@Path("leads/{id}/portal")
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
public class LeadPortalResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ClientInvitations invitations;

    @GET
    @Operation(summary = "Where the lead stands with the client portal (ADMIN, AGENT)", description = "standing: "
            + "NONE, INVITED (not accepted yet), SIGNED_UP (email not confirmed yet) or ACTIVE; with the account's "
            + "email and since when.")
    @APIResponse(responseCode = "404", description = "No lead the caller may see has this id")
    public JsonObject access(@PathParam("id") long leadId) {
        return json(invitations.access(leadId));
    }

    @POST
    @Path("invitation")
    @Operation(summary = "Invite the lead to the client portal (ADMIN, AGENT)", description = "Emails the lead a "
            + "link (14 days, once) to choose a password for their own account on the website. Again while the "
            + "account waits: a new link, the old one stops working.")
    @APIResponse(responseCode = "200", description = "Sent; answers the lead's standing")
    @APIResponse(responseCode = "404", description = "No lead the caller may see has this id")
    @APIResponse(responseCode = "409", description = "The lead's email has an account in use already")
    @APIResponse(responseCode = "422", description = "The lead has no email")
    public JsonObject invite(@PathParam("id") long leadId) {
        return json(invitations.invite(leadId));
    }

    private static JsonObject json(ClientInvitations.PortalAccess access) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("standing", access.standing().name());
        if (access.email() == null) {
            json.addNull("email");
        } else {
            json.add("email", access.email());
        }
        if (access.since() == null) {
            json.addNull("since");
        } else {
            json.add("since", access.since().toString());
        }
        return json.build();
    }
}
