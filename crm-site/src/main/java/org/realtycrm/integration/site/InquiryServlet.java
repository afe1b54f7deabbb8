package org.realtycrm.integration.site;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code POST /inquiries}: every form on the site. In order: the size (at most 16 KiB), the address's allowance
 * ({@link SubmissionLimits}), the honeypot, the form's ticket ({@link FormTicket}: not sooner than a person could
 * type it, not a day old), then the core ({@link CoreIntake}). A refused form gets a plain page saying why, or the
 * form again with what was typed and what the core found wrong; a taken one goes to the thank-you page (303), so
 * reloading it does not send it twice.
 */
@WebServlet("/inquiries")
public class InquiryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InquiryServlet.class.getName());
    static final int MAX_BYTES = 16 * 1024;

    @Inject
    SubmissionLimits limits;

    @Inject
    FormTicket tickets;

    @Inject
    CoreIntake core;

    @Inject
    Pages pages;

    @Inject
    SiteSettings settings;

    @Inject
    FormPages forms;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        long length = request.getContentLengthLong();
        if (length < 0) {
            pages.problem(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "Your message was not sent",
                    "Your browser sent the form in a way we cannot read. Please send it again.");
            return;
        }
        if (length > MAX_BYTES) {
            pages.problem(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Your message was not sent", "It is too long for our form. Please shorten it and send it again.");
            return;
        }
        String address = ClientAddress.of(request, settings.trustedProxies());
        Duration wait = limits.take(address);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
            pages.problem(request, response, 429, "Your message was not sent", "We have had many messages from your "
                    + "address in the last hour. Please try again in " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + ", or call us.");
            return;
        }
        request.setCharacterEncoding("UTF-8");
        InquiryForm form = InquiryForm.from(request::getParameter);
        if (form.honeypotFilled()) {
            LOG.info(() -> "a form from " + address + " filled in the hidden field: refused as a robot's");
            pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "Your message was not sent",
                    "Our form could not accept it. If you are a person, please call or email us instead.");
            return;
        }
        switch (tickets.check(form.ticket())) {
            case TOO_SOON -> {
                forms.again(request, response, form, Map.of("form", "That was quick! Please check the form and "
                        + "send it again."));
                return;
            }
            case STALE, FORGED -> {
                forms.again(request, response, form, Map.of("form", "This form has expired. Please send it again."));
                return;
            }
            case FILLED_IN -> {
                // a person's pace: on to the core
            }
        }
        CoreIntake.Outcome outcome = core.deliver(form.inquiry());
        if (outcome instanceof CoreIntake.Outcome.Taken) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/thanks?kind="
                    + form.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
        } else if (outcome instanceof CoreIntake.Outcome.Refused refused) {
            forms.again(request, response, form, refused.fieldErrors());
        } else {
            response.setHeader("Retry-After", "60");
            pages.problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Your message was not sent", "We could not take messages just now. Please try again in a "
                            + "few minutes" + (settings.brand().phone() == null ? "." : ", or call us at "
                            + settings.brand().phone() + "."));
        }
    }
}
