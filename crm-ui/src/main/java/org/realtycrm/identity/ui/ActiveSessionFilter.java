package org.realtycrm.identity.ui;

import java.io.IOException;
import java.util.Optional;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * Ends a session at its next request once the account behind it was deactivated, or its role or password changed:
 * the container would otherwise go on trusting the groups it remembered at sign-in.
 */
@WebFilter(servletNames = "Faces")
public class ActiveSessionFilter extends HttpFilter {

    static final String CREDENTIALS = ActiveSessionFilter.class.getName() + ".credentials";
    static final String SIGNED_OUT_PAGE = "/login.xhtml?ended=true";

    @Inject
    CurrentUser current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null
                || request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)
                || staleReason(request).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        request.getSession().invalidate();
        String target = request.getContextPath() + SIGNED_OUT_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an ajax request cannot follow an HTTP redirect: Faces' script follows this answer instead
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private Optional<String> staleReason(HttpServletRequest request) {
        HttpSession session = request.getSession();
        try {
            Long signedInWith = (Long) session.getAttribute(CREDENTIALS);
            if (signedInWith == null) {
                // the first request after signing in remembers which password the session was opened with
                signedInWith = current.user().credentialsStamp();
                session.setAttribute(CREDENTIALS, signedInWith);
            }
            return current.staleSignInReason(request::isUserInRole, signedInWith);
        } catch (UnauthenticatedException deactivated) {
            return Optional.of(deactivated.getMessage());
        }
    }
}
