package org.realtycrm.property.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.LeadPropertyRelation;

/**
 * A lead's properties. Under {@code /leads/{id}} because that is where a client looks for them; kept in the property
 * feature because it is the property boundary that links them (LeadsResource stays the leads' own).
 */
@Path("leads/{leadId}/properties")
@Tag(name = "properties")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LeadPropertiesResource {

    @Inject
    Properties properties;

    @GET
    @Operation(summary = "A lead's properties, newest link first",
            description = "Only the properties the caller may see.")
    @APIResponse(responseCode = "404", description = "No such lead, or not yours")
    public List<LeadPropertyJson> list(@PathParam("leadId") long leadId) {
        return properties.propertiesOf(leadId).stream().map(LeadPropertyJson::of).toList();
    }

    @POST
    @Operation(summary = "Link a lead to a property", description = "Written to the lead's timeline "
            + "(PROPERTY_LINKED). The same link again changes nothing and answers 200.")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(schema = @Schema(implementation = LeadPropertyJson.class)))
    @APIResponse(responseCode = "200", description = "The link existed already")
    @APIResponse(responseCode = "404", description = "No such lead or property, or not yours")
    public Response link(@PathParam("leadId") long leadId, @Valid @NotNull LinkRequest request) {
        Properties.Linking linking = properties.link(leadId, request.propertyId,
                Enums.parse("relation", LeadPropertyRelation.class, request.relation));
        return Response.status(linking.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(LeadPropertyJson.of(linking.link())).build();
    }

    @DELETE
    @Path("{propertyId}")
    @Operation(summary = "Unlink a lead from a property", description = "Written to the lead's timeline "
            + "(PROPERTY_UNLINKED).")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "404", description = "No such link, lead or property, or not yours")
    public void unlink(@PathParam("leadId") long leadId, @PathParam("propertyId") long propertyId,
            @Parameter(description = "INTERESTED_IN, OWNER_OF or SOLD_TO", required = true)
            @QueryParam("relation") String relation) {
        LeadPropertyRelation parsed = Enums.parseFilter("relation", LeadPropertyRelation.class, relation);
        if (parsed == null) {
            throw new InvalidInputException("relation", "is required: INTERESTED_IN, OWNER_OF or SOLD_TO");
        }
        properties.unlink(leadId, propertyId, parsed);
    }
}
