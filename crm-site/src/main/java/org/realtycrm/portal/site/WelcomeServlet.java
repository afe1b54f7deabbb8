package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.integration.site.FormDefences;
import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code /account/welcome?token=}: an agent invited their client to the portal, and the email's link lands here. The
 * client chooses a password; the core opens the account and signs them in. The token, which only the invited
 * person got, stands in for the robot checks of the open forms; the size and the address's allowance still count.
 */
@WebServlet("/account/welcome")
public class WelcomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "Your password was not set";

    @Inject
    ClientPosts posts;

    @Inject
    FormDefences defences;

    @Inject
    PortalAccounts accounts;

    @Inject
    AccountPages pages;

    @Inject
    SiteSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            EmailedLinks.incomplete(pages, request, response);
            return;
        }
        show(request, response, token.get(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response)
                || defences.refusedBySizeOrAllowance(request, response, NOT_DONE)) {
            return;
        }
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            EmailedLinks.incomplete(pages, request, response);
            return;
        }
        String password = request.getParameter("password");
        AccountAnswer answer;
        try {
            answer = accounts.acceptInvitation(token.get(), password == null || password.isEmpty() ? null : password,
                    ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.SignedIn signedIn) {
            pages.signedIn(request, response, signedIn.session(), AccountPages.ACCOUNT);
        } else if (answer instanceof AccountAnswer.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String passwordError = refused.fieldErrors().get("password");
            show(request, response, token.get(), passwordError != null ? Map.of("password", passwordError)
                    : Map.of("form", "Please choose your password again."));
        } else if (answer instanceof AccountAnswer.LinkExpired || answer instanceof AccountAnswer.UnknownLink) {
            pages.message(request, response, HttpServletResponse.SC_GONE, "This invitation has expired",
                    "This invitation has expired or was used. Sign in, or ask your agent to invite you again.",
                    EmailedLinks.SIGN_IN);
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            pages.unexpected(request, response, answer, NOT_DONE);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String token,
            Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("token", token);
        request.setAttribute("errors", errors);
        pages.render(request, response, "account-welcome", "Welcome", "Choose a password for your account.");
    }
}
