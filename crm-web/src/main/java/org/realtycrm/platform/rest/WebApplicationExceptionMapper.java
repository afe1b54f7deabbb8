package org.realtycrm.platform.rest;

import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.server.ParamException;
import org.realtycrm.platform.problem.FieldError;

/** JAX-RS's own refusals (no such path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof ParamException param && !(e instanceof ParamException.PathParamException)) {
            // JAX-RS answers 404 when a query parameter cannot be converted ("assignedTo=seven"): it is bad input
            return Problems.invalid(List.of(new FieldError(param.getParameterName(), "is not a valid value")));
        }
        if (e instanceof BadRequestException || status == 400) {
            return MalformedRequestMapper.malformed();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String type = switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
        Response problem = Problems.of(status, type, title, status >= 500 ? null : e.getMessage());
        // keep headers such as Allow (405) that tell the caller what to do instead
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
