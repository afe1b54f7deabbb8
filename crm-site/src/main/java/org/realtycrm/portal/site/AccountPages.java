package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteSettings;

/**
 * How the client portal's pages answer: drawn for one visitor and never cached ({@link Pages#personal}), the session's
 * cookie set when the core signs someone in and cleared when it ends, and the plain pages for a message, a refusal or
 * a core that cannot be reached.
 */
@ApplicationScoped
public class AccountPages {

    private static final Logger LOG = Logger.getLogger(AccountPages.class.getName());
    public static final String ACCOUNT = "/account";

    @Inject
    Pages pages;

    @Inject
    SiteSettings settings;

    /** A portal page (its view under WEB-INF/views), for this visitor only. */
    public void render(HttpServletRequest request, HttpServletResponse response, String view, String title,
            String description) throws ServletException, IOException {
        pages.personal(response);
        pages.render(request, response, view, new PageMeta(title + " · " + settings.brand().name(), description, null,
                null, null));
    }

    /** A page that only says something, with the status that says it to machines, and where to go from there. */
    public void message(HttpServletRequest request, HttpServletResponse response, int status, String heading,
            String message, PageLink... links) throws ServletException, IOException {
        response.setStatus(status);
        request.setAttribute("heading", heading);
        request.setAttribute("message", message);
        request.setAttribute("links", List.of(links));
        render(request, response, "account-message", heading, message);
    }

    /** The core signed the client in: the cookie holds their token, and the browser goes on to {@code next} (303). */
    public void signedIn(HttpServletRequest request, HttpServletResponse response, ClientSession session,
            String next) {
        response.addHeader("Set-Cookie", ClientCookie.holding(session.accessToken(), session.expiresInSeconds(),
                secure(request)));
        seeOther(request, response, next);
    }

    /** Clears the session's cookie: signed out, or the core no longer takes its token. */
    public void forgetSession(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", ClientCookie.cleared(secure(request)));
    }

    /** The session is over (or there is none): sign in, then on to {@code next}. */
    public void signInFirst(HttpServletRequest request, HttpServletResponse response, String next) {
        if (ClientCookie.token(request).isPresent()) {
            forgetSession(request, response);
        }
        seeOther(request, response, LocalPath.signInFor(next));
    }

    /** 303 to a path of this site: the page after a post, so that reloading it does not post again. */
    public void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Location", request.getContextPath() + path);
    }

    /** The core could not be reached or failed: nothing was done (503); the log says why. */
    public void unavailable(HttpServletRequest request, HttpServletResponse response, String notDone)
            throws ServletException, IOException {
        response.setHeader("Retry-After", "60");
        pages.problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, notDone,
                "We could not reach your account just now. Please try again in a few minutes"
                        + (settings.brand().phone() == null ? "." : ", or call us at " + settings.brand().phone()
                        + "."));
    }

    /** The core answered what this page does not expect (already logged as such): as unavailable. */
    public void unexpected(HttpServletRequest request, HttpServletResponse response, AccountAnswer answer,
            String notDone) throws ServletException, IOException {
        LOG.fine(() -> request.getRequestURI() + ": the core's answer " + answer + " is not one this page expects");
        unavailable(request, response, notDone);
    }

    /** The core counts too many tries from this address: 429, and when to try again. */
    public void tooMany(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
            String notDone) throws ServletException, IOException {
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        pages.problem(request, response, 429, notDone, "There have been too many tries from your address. Please try "
                + "again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    /** The cookie is Secure when the visitor reaches the site over https, even when a load balancer ends it. */
    private boolean secure(HttpServletRequest request) {
        return request.isSecure() || settings.publicUrl().map(url -> url.startsWith("https:")).orElse(false);
    }
}
