package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.integration.site.FormDefences;
import org.realtycrm.integration.site.FormTicket;
import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code /account/forgot}: a client who forgot their password types their email, and the core emails it a link to
 * choose a new one ({@link ResetPasswordServlet}). The core answers the same whether or not the address has an
 * account, and so does the page, so that it cannot be used to learn who has one. The form has the sign-in's defences
 * ({@link FormDefences}): it may be sent back as soon as it is drawn, as a password manager does.
 */
@WebServlet("/account/forgot")
public class ForgotPasswordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "No link was sent";

    @Inject
    ClientPosts posts;

    @Inject
    FormDefences defences;

    @Inject
    FormTicket tickets;

    @Inject
    PortalAccounts accounts;

    @Inject
    AccountPages pages;

    @Inject
    SiteSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(request, response, null, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response)
                || defences.refusedBySizeOrAllowance(request, response, NOT_DONE)
                // as the sign-in's: a password manager or the browser fills the email in and it is sent at once
                || defences.refusedAsRobotsAtAnyPace(request, response, NOT_DONE, error -> again(request, response,
                        Map.of("form", error)))) {
            return;
        }
        String email = SignUpForm.field(request.getParameter("email"));
        AccountAnswer answer;
        try {
            answer = accounts.askForNewPassword(email, ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.ResetSent) {
            pages.message(request, response, HttpServletResponse.SC_OK, "Check your email", "If " + email
                    + " has an account with us, we have sent it a link to choose a new password. The link works "
                    + "for two hours.");
        } else if (answer instanceof AccountAnswer.Refused refused) {
            String emailError = refused.fieldErrors().get("email");
            again(request, response, emailError != null ? Map.of("email", emailError)
                    : Map.of("form", "Please send the form again."));
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            pages.unexpected(request, response, answer, NOT_DONE);
        }
    }

    /** The form again (400), with the email as typed and what is wrong. */
    private void again(HttpServletRequest request, HttpServletResponse response, Map<String, String> errors)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(request, response, SignUpForm.field(request.getParameter("email")), errors);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String email,
            Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("email", email);
        request.setAttribute("errors", errors);
        request.setAttribute("ticket", tickets.issue());
        pages.render(request, response, "account-forgot", "Forgot your password?",
                "Ask for a link to choose a new password for your account.");
    }
}
