package org.realtycrm.mls.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed as an administrator configures it; the whole of it on create and on change. */
@Schema(name = "FeedSettings", example = "{\"name\": \"Central Texas MLS\", \"kind\": \"RESO_WEB_API\", "
        + "\"baseUrl\": \"https://api.mlsgrid.com/v2\", \"tokenUrl\": \"https://api.mlsgrid.com/oauth/token\", "
        + "\"clientId\": \"crm-client\", \"secretRef\": \"crm.mls.secret.actris\", \"cadenceSeconds\": 300, "
        + "\"requestsPerSecond\": 2, \"requestsPerHour\": 7200, \"pageSize\": 1000, "
        + "\"options\": {\"expandMedia\": \"true\", \"filter\": \"OriginatingSystemName eq 'actris'\"}}")
public class FeedRequest {

    public String name;

    @Schema(enumeration = {"RESO_WEB_API", "RETS"})
    public String kind;

    @Schema(description = "RESO Web API: the service root. RETS: the Login URL.")
    public String baseUrl;

    @Schema(description = "OAuth2 token endpoint (client credentials); without it the secret is a static bearer token")
    public String tokenUrl;

    @Schema(description = "OAuth2 client id, or the RETS user name")
    public String clientId;

    @Schema(description = "The name of the configuration entry (MicroProfile Config key or Payara password alias) "
            + "holding the client secret, token or RETS password. Never the secret itself.")
    public String secretRef;

    public Integer cadenceSeconds;
    public Integer requestsPerSecond;
    public Integer requestsPerHour;
    public Integer pageSize;

    @Schema(description = "Comma-separated Data Dictionary field names for $select; empty for every field")
    public String selectList;

    @Schema(description = "Protocol options by name (see the API guide)")
    public Map<String, String> options;
}
