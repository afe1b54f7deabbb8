package org.realtycrm.platform.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every operation in one place (registered as {@code mp.openapi.filter}): a
 * {@code Problem} schema (RFC 9457 with field errors) and the 4xx/5xx responses that any call can get, so that
 * resources only describe the answers particular to them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> EVERY_CALL = Map.of(
            "400", "Invalid input (field errors) or a malformed body",
            "429", "Too many requests; see Retry-After",
            "500", "Unexpected failure (logged; no details)");
    private static final Map<String, String> SIGNED_IN_CALLS = Map.of(
            "401", "Not signed in, or the token is expired, invalid, or from before a role change or deactivation",
            "403", "Your role does not allow this");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("requestId", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("the request's id (X-Request-Id): its log events carry it"))
                .example(Map.of("type", Problems.TYPE_BASE + "invalid-input", "title", "Invalid input", "status", 400,
                        "detail", "email: is not a valid email address",
                        "errors", java.util.List.of(Map.of("field", "email", "message", "is not a valid email address"))));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // the operations open to anonymous callers are exactly those tagged auth (sign-in) and system (version)
        boolean anonymous = operation.getTags() != null
                && (operation.getTags().contains("auth") || operation.getTags().contains("system"));
        add(responses, EVERY_CALL);
        if (!anonymous) {
            add(responses, SIGNED_IN_CALLS);
        }
        // answers described by the resource (404, 409, 422, ...) get the problem body too
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            Content content = entry.getValue().getContent();
            if (entry.getKey().matches("[45]\\d\\d")
                    && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
                entry.getValue().setContent(problemContent());
            }
        }
        return operation;
    }

    private static void add(APIResponses responses, Map<String, String> answers) {
        answers.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
