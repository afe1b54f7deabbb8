package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.PostSize;
import org.realtycrm.platform.site.SiteSettings;

/**
 * What a post to the portal must show before it is acted on: that it comes from this site's own pages
 * ({@link SameOrigin}), and, from a signed-in client, that it is a form's size ({@link PostSize}: said, and 16 KiB at
 * most) and carries the csrf value of their session ({@link CsrfTokens}). A post that does not is refused with a
 * plain page (403, 411, 413), and nothing is done.
 */
@ApplicationScoped
public class ClientPosts {

    private static final Logger LOG = Logger.getLogger(ClientPosts.class.getName());

    @Inject
    CsrfTokens csrf;

    @Inject
    Pages pages;

    @Inject
    PostSize postSize;

    @Inject
    SiteSettings settings;

    /** Answers true, having sent 403, when the post comes from another site's page. */
    public boolean refusedAsCrossSite(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (SameOrigin.allows(origin, request.getHeader("Host"), settings.publicUrl())) {
            return false;
        }
        LOG.info(() -> "a post to " + request.getRequestURI() + " from " + origin + " was refused: not this site");
        refuse(request, response);
        return true;
    }

    /**
     * Answers true, having answered the request, when the client's post is another site's, does not say its size or
     * is too large, or lacks their session's csrf. Its fields are read as UTF-8 from here on.
     */
    public boolean refused(HttpServletRequest request, HttpServletResponse response, String clientToken)
            throws ServletException, IOException {
        if (refusedAsCrossSite(request, response)) {
            return true;
        }
        if (postSize.refused(request, response, "This was not done")) {
            return true;
        }
        request.setCharacterEncoding("UTF-8");
        if (csrf.matches(clientToken, request.getParameter("csrf"))) {
            return false;
        }
        LOG.info(() -> "a post to " + request.getRequestURI() + " without its session's csrf was refused");
        refuse(request, response);
        return true;
    }

    /** The csrf value for the forms of the page drawn for this session. */
    public String csrfFor(String clientToken) {
        return csrf.of(clientToken);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        pages.problem(request, response, HttpServletResponse.SC_FORBIDDEN, "This was not done",
                "The form did not come from this page as we drew it. Please go back, reload the page and try again.");
    }
}
