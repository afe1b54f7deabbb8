package org.realtycrm.integration.site;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code POST /inquiries}: every form on the site. First what keeps robots out ({@link FormDefences}: the size, the
 * address's allowance, the honeypot, the form's ticket), then the core ({@link CoreIntake}). A refused form gets a
 * plain page saying why, or the form again with what was typed and what the core found wrong; a taken one goes to
 * the thank-you page (303), so reloading it does not send it twice.
 */
@WebServlet("/inquiries")
public class InquiryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_SENT = "Your message was not sent";

    @Inject
    FormDefences defences;

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
        if (defences.refusedBySizeOrAllowance(request, response, NOT_SENT)
                || defences.refusedAsRobots(request, response, NOT_SENT, error -> forms.again(request, response,
                        InquiryForm.from(request::getParameter), Map.of("form", error)))) {
            return;
        }
        InquiryForm form = InquiryForm.from(request::getParameter);
        CoreIntake.Outcome outcome = core.deliver(form.inquiry());
        if (outcome instanceof CoreIntake.Outcome.Taken) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/thanks?kind="
                    + form.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
        } else if (outcome instanceof CoreIntake.Outcome.Refused refused) {
            forms.again(request, response, form, refused.fieldErrors());
        } else {
            response.setHeader("Retry-After", "60");
            pages.problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, NOT_SENT,
                    "We could not take messages just now. Please try again in a few minutes"
                            + (settings.brand().phone() == null ? "." : ", or call us at "
                            + settings.brand().phone() + "."));
        }
    }
}
