package org.realtycrm.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.identity.entity.Role;

/** The versioned integration API. Bearer tokens come from {@code POST /api/v1/auth/token}. */
@ApplicationPath(CrmApplication.PATH)
@LoginConfig(authMethod = "MP-JWT", realmName = "realty-crm")
@DeclareRoles({Role.ADMIN_NAME, Role.AGENT_NAME, Role.CLIENT_NAME, Role.INTEGRATOR_NAME})
@OpenAPIDefinition(
        info = @Info(title = "Realty CRM API", version = "1",
                description = "Leads, users, notifications and the audit trail of a real-estate CRM. Sign in with "
                        + "POST /api/v1/auth/token and send the access_token it returns in the header "
                        + "'Authorization: Bearer ACCESS_TOKEN'. Errors are RFC 9457 problem details "
                        + "(application/problem+json)."),
        security = @SecurityRequirement(name = "bearer"),
        tags = {@Tag(name = "auth", description = "Signing in"),
                @Tag(name = "users", description = "Account administration (ADMIN)"),
                @Tag(name = "leads", description = "Leads: admins see all, agents their own"),
                @Tag(name = "imports", description = "CSV lead imports: admins and agents"),
                @Tag(name = "activities", description = "The audit trail"),
                @Tag(name = "notifications", description = "Each user's own notifications"),
                @Tag(name = "intake", description = "Inbound leads, signed per source (no bearer token), and the "
                        + "sources (ADMIN)"),
                @Tag(name = "reso", description = "The integrators (API clients) that read our listings over the "
                        + "RESO Web API at /reso/odata (ADMIN)"),
                @Tag(name = "system", description = "Version")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CrmApplication extends Application {

    public static final String PATH = "api/v1";
}
