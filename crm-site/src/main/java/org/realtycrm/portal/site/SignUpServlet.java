package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.LinkedHashMap;
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
 * {@code /account/sign-up}: a visitor opens an account with their name, email, phone (if they like) and a password.
 * The form is defended as every anonymous form is ({@link FormDefences}); the core then emails a link to confirm the
 * address, and says the same whether or not the address already has an account, so this page cannot be used to learn
 * who has one.
 */
@WebServlet("/account/sign-up")
public class SignUpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "You were not signed up";

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
        show(request, response, SignUpForm.from(name -> null), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response)
                || defences.refusedBySizeOrAllowance(request, response, NOT_DONE)
                || defences.refusedAsRobots(request, response, NOT_DONE, error -> again(request, response,
                        SignUpForm.from(request::getParameter), Map.of("form", error)))) {
            return;
        }
        SignUpForm form = SignUpForm.from(request::getParameter);
        AccountAnswer answer;
        try {
            answer = accounts.signUp(form, ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.VerificationSent) {
            pages.message(request, response, HttpServletResponse.SC_OK, "Check your email", "We sent a link to "
                    + form.email() + " to confirm your account.");
        } else if (answer instanceof AccountAnswer.Refused refused) {
            again(request, response, form, refused.fieldErrors());
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            pages.unexpected(request, response, answer, NOT_DONE);
        }
    }

    /** The form again (400), with what was typed but the password, and what is wrong by each field. */
    private void again(HttpServletRequest request, HttpServletResponse response, SignUpForm form,
            Map<String, String> errors) throws ServletException, IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (SignUpForm.FIELDS.contains(field)) {
                shown.put(field, message);
            } else {
                shown.putIfAbsent("form", "Please send the form again.");
            }
        });
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(request, response, form.withoutPassword(), shown);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, SignUpForm form,
            Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("ticket", tickets.issue());
        pages.render(request, response, "account-sign-up", "Sign up", "Open an account to save homes and searches, "
                + "and hear of new homes as they come on the market.");
    }
}
