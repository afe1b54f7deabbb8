package org.realtycrm.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

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

    private static final Version CURRENT = new Version("Realty CRM", buildVersion(), "v1");

    /** The version the build wrote into version.properties (a class in WEB-INF/classes has no manifest to ask). */
    private static String buildVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionResource.class.getResourceAsStream("version.properties")) {
            build.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("version.properties is missing from the build", e);
        }
        return build.getProperty("version");
    }

    @GET
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The running version")
    public Version version() {
        return CURRENT;
    }
}
