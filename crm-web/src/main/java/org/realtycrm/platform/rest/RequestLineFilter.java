package org.realtycrm.platform.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.realtycrm.platform.problem.FieldError;

/**
 * Refuses query strings the API cannot mean before any resource sees them: one longer than
 * {@value #MAX_QUERY_CHARS} characters (414; no search or filter here needs a tenth of it), and parameters carrying
 * the NUL character, which no filter value has and PostgreSQL cannot compare with (400, naming the parameter). A
 * broken percent-escape ({@code %zz}, a lone {@code %}) reaches here already re-encoded by the runtime as the
 * literal text, as browsers read it.
 * Longer request lines than the server's header buffer are refused by the server itself, before the API runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLineFilter implements ContainerRequestFilter {

    static final int MAX_QUERY_CHARS = 4096;

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null) {
            return;
        }
        if (query.length() > MAX_QUERY_CHARS) {
            request.abortWith(Problems.of(414, "uri-too-long", "URI too long",
                    "the query string may have at most " + MAX_QUERY_CHARS + " characters"));
            return;
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters(true);
        List<FieldError> errors = parameters.entrySet().stream()
                .filter(parameter -> parameter.getKey().indexOf('\0') >= 0
                        || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0))
                .map(Map.Entry::getKey)
                .map(name -> new FieldError(name.replace("\0", "\\0"), "must not contain the NUL character"))
                .toList();
        if (!errors.isEmpty()) {
            request.abortWith(Problems.invalid(errors));
        }
    }
}
