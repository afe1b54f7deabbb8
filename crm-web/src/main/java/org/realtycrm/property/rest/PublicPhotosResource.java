package org.realtycrm.property.rest;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.property.boundary.PublicListings;

/**
 * The photos of the listings the public may see, for the brokerage's website (and anyone's browser) without a
 * token. Browsers and CDNs may keep one a day: the website's links carry the stored photo's version ({@code ?v=}),
 * so a changed photo gets a new address there.
 */
@Path("public/photos/{id}")
@Tag(name = "properties")
public class PublicPhotosResource {

    static final String CACHE = "public, max-age=86400";

    @Inject
    PublicListings listings;

    @GET
    @SecurityRequirements
    @Operation(summary = "A public listing's photo (no sign-in)", description = "The bytes of a stored photo of an "
            + "MLS listing the public may see (on the market or sold, not withheld from internet display), or its "
            + "thumbnail with ?thumbnail=true. Any other photo is 404, like a missing one.")
    @APIResponse(responseCode = "200", description = "The photo (image/jpeg or image/png)")
    @APIResponse(responseCode = "404", description = "No such photo, or not of a public listing")
    public Response photo(@PathParam("id") long id, @QueryParam("thumbnail") boolean thumbnail) {
        DocumentContent photo = listings.photo(id, thumbnail);
        StreamingOutput body = out -> {
            try (DocumentContent content = photo; InputStream in = content.stream()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, photo.contentType())
                .header("Content-Length", photo.length())
                .header("Cache-Control", CACHE)
                .build();
    }
}
