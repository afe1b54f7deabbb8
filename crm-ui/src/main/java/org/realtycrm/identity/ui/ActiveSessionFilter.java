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

import org.realtycrm.identity.boundary.ScreenSignIns;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * Ends a session at its next request once the account behind it was deactivated, or its role or password changed:
 * the container would otherwise go on trusting the groups it remembered at sign-in. Ends it too once its sign-in's
 * ticket ended (signed out in another tab or on another node), and tells the ticket once a minute that the session is
 * in use, so that another node can continue it for as long as this session lives.
 */
@WebFilter(servletNames = "Faces")
public class ActiveSessionFilter extends HttpFilter {

    static final String CREDENTIALS = ActiveSessionFilter.class.getName() + ".credentials";
    /** When this session last told its sign-in's ticket that it is in use. */
    static final String TICKET_SEEN = ActiveSessionFilter.class.getName() + ".ticketSeen";
    /** The ticket's idle time counts minutes: telling it once a minute is enough, and spares a write per request. */
    private static final long TICKET_SEEN_EVERY_MILLIS = 60_000;
    static final String SIGNED_OUT_PAGE = "/login.xhtml?ended=true";

    @Inject
    CurrentUser current;

    @Inject
    ScreenSignIns signIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null
                || request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)
                || staleReason(request).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // the ticket ends too, or it would sign the person in again at the next request
        SignInCookie.ofSession(request).ifPresent(signIns::end);
        SignInCookie.of(request).ifPresent(signIns::end);
        SignInCookie.clear(request, response);
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

    /**
     * The session's ticket must still be open: signing out in one tab or on one node ends every session the ticket
     * opened. Once a minute the check also tells the ticket that the session is in use.
     */
    private boolean ticketOpen(HttpServletRequest request) {
        Optional<String> ticket = SignInCookie.ofSession(request);
        if (ticket.isEmpty()) {
            return true; // signed in before tickets existed
        }
        HttpSession session = request.getSession();
        Long seen = (Long) session.getAttribute(TICKET_SEEN);
        long now = System.currentTimeMillis();
        boolean touch = seen == null || now - seen >= TICKET_SEEN_EVERY_MILLIS;
        boolean open = signIns.stillOpen(ticket.get(), touch);
        if (open && touch) {
            session.setAttribute(TICKET_SEEN, now);
        }
        return open;
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
            if (!ticketOpen(request)) {
                return Optional.of("you signed out, or your sign-in ended");
            }
            return current.staleSignInReason(request::isUserInRole, signedInWith);
        } catch (UnauthenticatedException deactivated) {
            return Optional.of(deactivated.getMessage());
        }
    }
}
