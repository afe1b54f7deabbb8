package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.PostSize;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code /account/verify?token=}: the link a new client was emailed to confirm their address. Opening it shows one
 * button, "Confirm my email", and changes nothing: mail scanners (Safe Links, Mimecast) open every link in a mail
 * before its reader does, and the token works once. Posting the button's form (the token in a hidden field)
 * confirms the account and signs the client in. The token is the capability: there is no session yet, and so no
 * csrf; the post must still come from this site's page ({@link SameOrigin}) and be a form's size ({@link PostSize}).
 */
@WebServlet("/account/verify")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "Your email was not confirmed";

    @Inject
    PortalAccounts accounts;

    @Inject
    ClientPosts posts;

    @Inject
    PostSize postSize;

    @Inject
    AccountPages pages;

    @Inject
    SiteSettings settings;

    /** A link checker's HEAD confirms nothing and draws nothing. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_OK);
    }

    /** The page with the button; it holds the token, so it is drawn for this visitor only and never cached. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            EmailedLinks.incomplete(pages, request, response);
            return;
        }
        request.setAttribute("token", token.get());
        pages.render(request, response, "account-verify", "Confirm your email",
                "Confirm your email address to open your account.");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response) || postSize.refused(request, response, NOT_DONE)) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            EmailedLinks.incomplete(pages, request, response);
            return;
        }
        AccountAnswer answer;
        try {
            answer = accounts.verifyEmail(token.get(), ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.SignedIn signedIn) {
            pages.signedIn(request, response, signedIn.session(), AccountPages.ACCOUNT);
        } else if (answer instanceof AccountAnswer.LinkExpired || answer instanceof AccountAnswer.UnknownLink
                || answer instanceof AccountAnswer.Refused) {
            pages.message(request, response, HttpServletResponse.SC_GONE, "This link has expired",
                    "This link has expired or was used. Sign in, or sign up again for a new link.",
                    EmailedLinks.SIGN_IN, EmailedLinks.SIGN_UP);
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            pages.unexpected(request, response, answer, NOT_DONE);
        }
    }
}
