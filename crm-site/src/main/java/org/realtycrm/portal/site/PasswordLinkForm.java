package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.integration.site.FormDefences;
import org.realtycrm.platform.site.ClientAddress;
import org.realtycrm.platform.site.SiteSettings;

/**
 * The page behind an emailed link where a client chooses a password: an agent's invitation ({@link WelcomeServlet})
 * or a new password they asked for ({@link ResetPasswordServlet}). Opening the link draws the form, the token in a
 * hidden field, and changes nothing; posting it hands the token and the password to the core, which checks both,
 * sets the password and signs the client in. The token, which only the link's owner got, stands in for the robot
 * checks of the open forms; the post must still come from this site's page ({@link SameOrigin}), be a form's size and
 * be within the address's allowance ({@link FormDefences}).
 */
@ApplicationScoped
public class PasswordLinkForm {

    /**
     * What one such page is: its view (under WEB-INF/views, which draws the form of {@code parts/choose-password}),
     * title and description; the heading of its refusals ({@code notDone}); where the client goes once signed in
     * ({@code signedInTo}, a path of this site); and what it says, and where it sends them, when the link expired or
     * was used.
     */
    public record Page(String view, String title, String description, String notDone, String signedInTo,
            String expiredHeading, String expiredMessage, List<PageLink> expiredLinks) {
    }

    /** The core's call that takes the link's token and the chosen password (null when none was typed). */
    @FunctionalInterface
    public interface Choice {
        AccountAnswer send(String token, String password, String clientAddress);
    }

    @Inject
    ClientPosts posts;

    @Inject
    FormDefences defences;

    @Inject
    AccountPages pages;

    @Inject
    SiteSettings settings;

    /** {@code GET ?token=}: the form; a link without a token that can be one, the page that says so (404). */
    public void open(Page page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = LinkToken.of(request.getParameter("token"));
        if (token.isEmpty()) {
            EmailedLinks.incomplete(pages, request, response);
            return;
        }
        show(page, request, response, token.get(), Map.of());
    }

    /** {@code POST}: the token and the password to the core, and the page for what it answered. */
    public void choose(Page page, Choice choice, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (posts.refusedAsCrossSite(request, response)
                || defences.refusedBySizeOrAllowance(request, response, page.notDone())) {
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
            answer = choice.send(token.get(), password == null || password.isEmpty() ? null : password,
                    ClientAddress.of(request, settings.trustedProxies()));
        } catch (CoreUnavailableException e) {
            pages.unavailable(request, response, page.notDone());
            return;
        }
        if (answer instanceof AccountAnswer.SignedIn signedIn) {
            pages.signedIn(request, response, signedIn.session(), page.signedInTo());
        } else if (answer instanceof AccountAnswer.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String passwordError = refused.fieldErrors().get("password");
            show(page, request, response, token.get(), passwordError != null ? Map.of("password", passwordError)
                    : Map.of("form", "Please choose your password again."));
        } else if (answer instanceof AccountAnswer.LinkExpired || answer instanceof AccountAnswer.UnknownLink) {
            pages.message(request, response, HttpServletResponse.SC_GONE, page.expiredHeading(),
                    page.expiredMessage(), page.expiredLinks().toArray(PageLink[]::new));
        } else if (answer instanceof AccountAnswer.TooMany tooMany) {
            pages.tooMany(request, response, tooMany.retryAfterSeconds(), page.notDone());
        } else {
            pages.unexpected(request, response, answer, page.notDone());
        }
    }

    /** The form, holding the token: drawn for this visitor only and never cached ({@link AccountPages#render}). */
    private void show(Page page, HttpServletRequest request, HttpServletResponse response, String token,
            Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("token", token);
        request.setAttribute("errors", errors);
        pages.render(request, response, page.view(), page.title(), page.description());
    }
}
