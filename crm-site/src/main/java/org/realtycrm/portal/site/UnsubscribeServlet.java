package org.realtycrm.portal.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.PostSize;
import org.realtycrm.platform.site.SiteSettings;

/**
 * {@code /alerts/unsubscribe?token=}: the link at the foot of a saved search's alert, and its List-Unsubscribe
 * address. Opening it shows one button, so that a mail scanner that follows links stops nothing; posting to it stops
 * the search's alerts. The token is the capability: no session, no csrf, so that a mail provider's one-click
 * unsubscribe (RFC 8058: a POST of {@code List-Unsubscribe=One-Click}, without cookies) gets its 200.
 */
@WebServlet("/alerts/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "Your alerts were not stopped";

    @Inject
    PortalAccounts accounts;

    @Inject
    AccountPages accountPages;

    @Inject
    Pages pages;

    @Inject
    PostSize postSize;

    @Inject
    SiteSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            unknown(request, response);
            return;
        }
        request.setAttribute("action", "/alerts/unsubscribe?token=" + URLEncoder.encode(token.get(),
                StandardCharsets.UTF_8));
        accountPages.render(request, response, "alerts-unsubscribe", "Stop these alerts",
                "Stop the emails of new homes for this saved search.");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (postSize.refused(request, response, NOT_DONE)) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            unknown(request, response);
            return;
        }
        AccountAnswer answer;
        try {
            answer = accounts.unsubscribe(token.get(), ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            accountPages.unavailable(request, response, NOT_DONE);
            return;
        }
        if (answer instanceof AccountAnswer.Unsubscribed unsubscribed) {
            accountPages.message(request, response, HttpServletResponse.SC_OK, "Alerts stopped",
                    "You will no longer get alerts for " + unsubscribed.searchName() + ".",
                    new PageLink("Your saved searches", AccountPages.ACCOUNT));
        } else if (answer instanceof AccountAnswer.UnknownLink || answer instanceof AccountAnswer.LinkExpired) {
            unknown(request, response);
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            accountPages.tooMany(request, response, tooMany.retryAfterSeconds(), NOT_DONE);
        } else {
            accountPages.unexpected(request, response, answer, NOT_DONE);
        }
    }

    private void unknown(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "This link is not known",
                "It may be incomplete. You can change or stop your alerts on your account page.");
    }
}
