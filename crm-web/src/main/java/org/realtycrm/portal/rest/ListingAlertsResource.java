package org.realtycrm.portal.rest;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.portal.boundary.ListingAlertRuns;

/** The saved searches' alerts, as an administrator runs them by hand (ADMIN; the boundary checks it). */
@Path("listing-alerts")
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
public class ListingAlertsResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ListingAlertRuns runs;

    @POST
    @Path("digests")
    @Operation(summary = "Send the daily digests now (ADMIN)", description = "What the daily timer does at "
            + "crm.portal.digest-time: each search alerted daily gets what it matched since its last digest, once. "
            + "Answers how many digests went to the outbox.")
    public JsonObject sendDigests() {
        return JSON.createObjectBuilder().add("sent", runs.sendDigestsNow()).build();
    }
}
