package org.realtycrm.platform.rest;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.logging.LogContext;
import org.realtycrm.platform.logging.RequestIds;

/**
 * Gives every request to the API, its docs and its error answers an id: the caller's {@code X-Request-Id} when
 * it is sane, else a new one ({@link RequestIds}). It answers the id in {@code X-Request-Id} and labels every log event written while the
 * request is handled with it and the signed-in user ({@link LogContext}). Declared in web.xml to run before the
 * other filters, so that their events carry it too; and on every dispatch, because the server shows an error page
 * in a dispatch of its own after the request's filters have returned (a refused token never reaches them at all).
 * A filter serves only its own web module: crm-ui has the same one for the screens.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The id, kept on the request for its later dispatches (an error page, an async completion). */
    static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
            request.setAttribute(ATTRIBUTE, id);
        }
        response.setHeader(RequestIds.HEADER, id);
        Principal user = request.getUserPrincipal();
        try (LogContext.Scope scope = LogContext.open(id, user == null ? null : user.getName())) {
            chain.doFilter(request, response);
        }
    }
}
