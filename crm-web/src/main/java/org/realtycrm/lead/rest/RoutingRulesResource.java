package org.realtycrm.lead.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.RoutingRules;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** The routing rules (ADMIN): the first active rule whose conditions hold for a new lead says who gets it. */
@Path("routing-rules")
@Tag(name = "routing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoutingRulesResource {

    @Inject
    RoutingRules rules;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The rules, in the order they are tried")
    public List<RoutingRuleJson> list() {
        return rules.inOrder().stream().map(RoutingRuleJson::of).toList();
    }

    @POST
    @Operation(summary = "Make a rule", description = "It is tried after every rule there is.")
    @APIResponse(responseCode = "201", description = "Made")
    @APIResponse(responseCode = "400", description = "Field errors: name, sources, postalPrefixes, cities, leadTypes, "
            + "languages, priceMin, priceMax, target, targetId, contactWithinMinutes, missPondId")
    public Response create(@NotNull RoutingRuleRequest request) {
        RoutingRuleJson made = RoutingRuleJson.of(rules.create(draft(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build()).entity(made)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    public RoutingRuleJson get(@PathParam("id") long id) {
        return RoutingRuleJson.of(rules.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a rule", description = "Send every field and the version you read.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public RoutingRuleJson change(@PathParam("id") long id, @NotNull RoutingRuleRequest request) {
        if (request.version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return RoutingRuleJson.of(rules.change(id, request.version, draft(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a rule", description = "The leads it placed stay where they are.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("order")
    @Operation(summary = "Put the rules in order", description = "{\"ids\": [every rule's id, first tried first]}")
    @APIResponse(responseCode = "400", description = "Not every rule, or one twice")
    public List<RoutingRuleJson> reorder(@NotNull JsonObject body) {
        if (!body.containsKey("ids") || body.get("ids").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("ids", "must be an array of the rules' ids");
        }
        List<Long> ids = body.getJsonArray("ids").stream().map(value -> {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new InvalidInputException("ids", "must be rule ids (whole numbers)");
            }
            return number.longValue();
        }).toList();
        return rules.reorder(ids).stream().map(RoutingRuleJson::of).toList();
    }

    @POST
    @Path("test")
    @Operation(summary = "Where a lead like this would go now", description = "Routes nothing and takes no turn. "
            + "Answers the rule that would place it (none: everyone's round robin), where it would go, the "
            + "speed-to-lead minutes, and each rule passed over with why.")
    public JsonObject test(@NotNull SampleLeadRequest sample) {
        LeadFacts facts = new LeadFacts(sample.source, new LeadProfile(Enums.parse("leadType", LeadType.class,
                sample.leadType), sample.postalCode, sample.city, sample.price, sample.language));
        RoutingRules.Verdict verdict = rules.test(facts);
        JsonObjectBuilder answer = Json.createObjectBuilder();
        var route = verdict.route();
        if (route.rule() != null) {
            answer.add("rule", Json.createObjectBuilder().add("id", route.rule().getId())
                    .add("name", route.rule().getName()));
        } else {
            answer.addNull("rule");
        }
        if (route.agent() != null) {
            answer.add("goesTo", Json.createObjectBuilder().add("type", "AGENT").add("id", route.agent().getId())
                    .add("name", route.agent().getName()));
        } else if (route.pond() != null) {
            answer.add("goesTo", Json.createObjectBuilder().add("type", "POND").add("id", route.pond().getId())
                    .add("name", route.pond().getName()));
        } else {
            answer.addNull("goesTo");
        }
        answer.add("explanation", route.words());
        JsonArrayBuilder passed = Json.createArrayBuilder();
        verdict.passedOver().forEach(passed::add);
        return answer.add("passedOver", passed).build();
    }

    private static RoutingRuleDraft draft(RoutingRuleRequest request) {
        List<LeadType> types = request.leadTypes == null ? List.of()
                : request.leadTypes.stream().map(type -> Enums.parse("leadTypes", LeadType.class, type)).toList();
        return new RoutingRuleDraft(request.name, request.active == null || request.active, request.sources,
                request.postalPrefixes, request.cities, types, request.languages, request.priceMin, request.priceMax,
                Enums.parse("target", RoutingTarget.class, request.target), request.targetId,
                request.contactWithinMinutes, request.missPondId);
    }
}
