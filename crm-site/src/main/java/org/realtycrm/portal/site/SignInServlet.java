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
 * {@code /account/sign-in} ({@code ?next=<path>}): a client signs in with their email and password. The core checks
 * them and answers with a token, which the session's cookie keeps; the browser then goes on to {@code next} (a path
 * on this site), else to their account. A wrong email, a wrong password and a deactivated account get one answer.
 * The form has the anonymous forms' defences ({@link FormDefences}) but one: it may be sent back as soon as it is
 * drawn, as a password manager does.
 */
@WebServlet("/account/sign-in")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "You were not signed in";

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
        String next = next(request);
        if (ClientCookie.token(request).isPresent()) {
            // signed in already (a page cached before they were): on, and the page there checks the session
            pages.seeOther(request, response, next);
            return;
        }
        show(request, response, null, next, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response)
                || defences.refusedBySizeOrAllowance(request, response, NOT_DONE)
                // a password manager fills the form in and sends it at once: the ticket's minimum time is not asked
                || defences.refusedAsRobotsAtAnyPace(request, response, NOT_DONE, error -> again(request, response,
                        Map.of("form", error)))) {
            return;
        }
        String email = SignUpForm.field(request.getParameter("email"));
        String password = request.getParameter("password");
        AccountAnswer answer;
        try {
            answer = accounts.signIn(email, password == null || password.isEmpty() ? null : password,
                    ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.SignedIn signedIn) {
            pages.signedIn(request, response, signedIn.session(), next(request));
        } else if (answer instanceof AccountAnswer.WrongCredentials) {
            again(request, response, Map.of("form", "The email or the password is not right."));
        } else if (answer instanceof AccountAnswer.Refused refused) {
            again(request, response, refused.fieldErrors());
        } else if (answer instanceof AccountAnswer.EmailNotVerified) {
            pages.message(request, response, HttpServletResponse.SC_FORBIDDEN, "Please confirm your email first",
                    "You have not confirmed your email address yet. We have sent a new link to " + email
                            + ": open it to confirm your account, and you are signed in.");
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            pages.unexpected(request, response, answer, NOT_DONE);
        }
    }

    /** Where to go once signed in: the page that sent them here, when it is one of ours; else their account. */
    private static String next(HttpServletRequest request) {
        return LocalPath.of(request.getParameter("next")).orElse(AccountPages.ACCOUNT);
    }

    /** The form again (400), with the email as typed and what is wrong. */
    private void again(HttpServletRequest request, HttpServletResponse response, Map<String, String> errors)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(request, response, SignUpForm.field(request.getParameter("email")), next(request), errors);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String email, String next,
            Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("email", email);
        request.setAttribute("next", next);
        request.setAttribute("errors", errors);
        request.setAttribute("ticket", tickets.issue());
        pages.render(request, response, "account-sign-in", "Sign in", "Sign in to see your saved homes and searches.");
    }
}
