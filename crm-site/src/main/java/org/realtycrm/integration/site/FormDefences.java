package org.realtycrm.integration.site;

import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.PostSize;
import org.realtycrm.platform.site.SiteSettings;

/**
 * What keeps robots and floods out of the site's anonymous forms (the inquiries, a client's sign-up and sign-in),
 * checked before anything is sent to the core: the size ({@link PostSize}: said, and at most 16 KiB), the address's
 * allowance ({@link SubmissionLimits}), then the honeypot and the form's ticket ({@link FormTicket}: not days old,
 * not forged, and, but for the sign-in, not sooner than a person could type it). A refused form gets a plain page
 * saying why, or the form again.
 */
@ApplicationScoped
public class FormDefences {

    private static final Logger LOG = Logger.getLogger(FormDefences.class.getName());

    /** Draws the form again (400) with what was typed and the error above it. */
    @FunctionalInterface
    public interface FormAgain {
        void show(String error) throws ServletException, IOException;
    }

    @Inject
    SubmissionLimits limits;

    @Inject
    FormTicket tickets;

    @Inject
    Pages pages;

    @Inject
    PostSize postSize;

    @Inject
    SiteSettings settings;

    /**
     * The size and the address's allowance; answers true, having answered the request, when the form is refused.
     * {@code notDone} heads the refusal ("Your message was not sent").
     */
    public boolean refusedBySizeOrAllowance(HttpServletRequest request, HttpServletResponse response,
            String notDone) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (postSize.refused(request, response, notDone)) {
            return true;
        }
        Duration wait = limits.take(ClientAddress.of(request, settings.trustedProxies()));
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
            pages.problem(request, response, 429, notDone, "We have had many messages from your address in the last "
                    + "hour. Please try again in " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + ", or call us.");
            return true;
        }
        request.setCharacterEncoding("UTF-8");
        return false;
    }

    /**
     * The honeypot and the ticket, after {@link #refusedBySizeOrAllowance}; answers true, having answered the request,
     * when the form is a robot's or its ticket is not good: forged, stale, or sent back sooner than a person could
     * fill the form in.
     */
    public boolean refusedAsRobots(HttpServletRequest request, HttpServletResponse response, String notDone,
            FormAgain again) throws ServletException, IOException {
        return refusedAsRobots(request, response, notDone, true, again);
    }

    /**
     * As {@link #refusedAsRobots}, but a form sent back at once is taken: the sign-in's, which a password manager
     * fills in and sends as soon as the page is drawn. Its ticket must still be the site's and not stale; the
     * honeypot still counts.
     */
    public boolean refusedAsRobotsAtAnyPace(HttpServletRequest request, HttpServletResponse response, String notDone,
            FormAgain again) throws ServletException, IOException {
        return refusedAsRobots(request, response, notDone, false, again);
    }

    private boolean refusedAsRobots(HttpServletRequest request, HttpServletResponse response, String notDone,
            boolean atAPersonsPace, FormAgain again) throws ServletException, IOException {
        String honeypot = request.getParameter(InquiryForm.HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            String address = ClientAddress.of(request, settings.trustedProxies());
            LOG.info(() -> "a form from " + address + " filled in the hidden field: refused as a robot's");
            pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, notDone,
                    "Our form could not accept it. If you are a person, please call or email us instead.");
            return true;
        }
        String refusal = ticketRefusal(tickets.check(request.getParameter("ticket")), atAPersonsPace);
        if (refusal == null) {
            return false;
        }
        again.show(refusal);
        return true;
    }

    /**
     * What the form says above it again when its ticket is refused; null when it is taken. {@code atAPersonsPace}:
     * whether a ticket sent back sooner than the site's minimum is refused.
     */
    static String ticketRefusal(FormTicket.Check check, boolean atAPersonsPace) {
        return switch (check) {
            case FILLED_IN -> null;
            case TOO_SOON -> atAPersonsPace ? "That was quick! Please check the form and send it again." : null;
            case STALE, FORGED -> "This form has expired. Please send it again.";
        };
    }
}
