package org.realtycrm.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is running. Touches no database: also the baseline of the API benchmark. */
@Path("version")
@Tag(name = "system")
@PermitAll
public class VersionResource {

    public record Version(String name, String version, String api) {
    }

    private static final Version CURRENT = new Version("Realty CRM",
            VersionResource.class.getPackage().getImplementationVersion() == null ? "dev"
                    : VersionResource.class.getPackage().getImplementationVersion(), "v1");

    @GET
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The running version")
    public Version version() {
        return CURRENT;
    }
}
