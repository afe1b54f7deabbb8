package org.realtycrm.property.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.BoundingBox;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;
import org.realtycrm.property.entity.PropertySource;
import org.realtycrm.property.entity.StandardStatus;

@Path("properties")
@Tag(name = "properties")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PropertiesResource {

    @Inject
    Properties properties;

    @Context
    UriInfo uri;

    // page and size are checked by PageRequest, not Bean Validation (see LeadsResource)
    @GET
    @Operation(summary = "Search listings",
            description = "MLS listings and the caller's own off-MLS properties (admins: every property); listings "
                    + "with StandardStatus Delete are never shown. The total is exact up to 10,000 (totalCapped).")
    public PropertyPageJson search(
            @QueryParam("minPrice") BigDecimal minPrice,
            @QueryParam("maxPrice") BigDecimal maxPrice,
            @Parameter(description = "BedroomsTotal at least") @QueryParam("minBeds") Integer minBeds,
            @Parameter(description = "BathroomsTotalInteger at least") @QueryParam("minBaths") Integer minBaths,
            @Parameter(description = "Any case") @QueryParam("city") String city,
            @QueryParam("postalCode") String postalCode,
            @Parameter(description = "DD display values (Active, Active Under Contract, ...); repeatable or "
                    + "comma-separated") @QueryParam("standardStatus") List<String> statuses,
            @Parameter(description = "Any case, e.g. Residential") @QueryParam("propertyType") String propertyType,
            @Parameter(description = "Address, city, postal code or MLS number (contains), or the public remarks "
                    + "(English full text)") @QueryParam("q") String text,
            @Parameter(description = "Map box: all four or none, degrees") @QueryParam("south") Double south,
            @QueryParam("west") Double west, @QueryParam("north") Double north, @QueryParam("east") Double east,
            @Parameter(description = "MLS or OFF_MLS") @QueryParam("source") String source,
            @Parameter(description = "listPrice, modificationTimestamp, bedroomsTotal; prefix - for descending "
                    + "(default -modificationTimestamp)") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @Parameter(description = "At most 200") @QueryParam("size") Integer size) {
        PropertyQuery query = PropertyQuery.builder()
                .price(minPrice, maxPrice)
                .minBeds(minBeds)
                .minBaths(minBaths)
                .city(city)
                .postalCode(postalCode)
                .statuses(statuses(statuses))
                .propertyType(propertyType)
                .text(text)
                .box(BoundingBox.of(south, west, north, east))
                .source(Enums.parseFilter("source", PropertySource.class, source))
                .sort(PropertySort.parse(sort))
                .build();
        return PropertyPageJson.of(properties.searchWithAgents(query, PageRequest.of(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One property, with its price and status history, media and linked leads")
    @APIResponse(responseCode = "404", description = "No such property, or an off-MLS property that is not yours")
    public PropertyJson get(@PathParam("id") long id) {
        return PropertyJson.of(properties.read(id));
    }

    @POST
    @Operation(summary = "Enter an off-MLS property", description = "An address (unparsedAddress or streetName) is "
            + "required. The property is the caller's: other agents do not see it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PropertyJson.class)))
    public Response create(@Valid @NotNull PropertyRequest request) {
        PropertyJson created = PropertyJson.of(properties.create(request.fields()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an off-MLS property's fields",
            description = "Send every field and the version you read. MLS listings are their feed's and refuse.")
    @APIResponse(responseCode = "404", description = "No such property, or not yours")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "An MLS listing: its fields cannot be edited")
    public PropertyJson update(@PathParam("id") long id, @Valid @NotNull PropertyRequest request) {
        if (request.version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return PropertyJson.of(properties.update(id, request.version, request.fields()));
    }

    /** DD display values, any case, repeated or comma-separated; an empty value filters nothing. */
    private static Set<StandardStatus> statuses(List<String> values) {
        Set<StandardStatus> parsed = EnumSet.noneOf(StandardStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                parsed.add(Arrays.stream(StandardStatus.values())
                        .filter(s -> s.wireValue().equalsIgnoreCase(part.strip()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("standardStatus", "must be one of "
                                + PropertyRequest.statuses())));
            }
        }
        return parsed;
    }
}
