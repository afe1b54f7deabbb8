package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /account/sign-out}: the browser forgets the session's cookie, and goes to the home page. The core keeps
 * no session to end: the token it issued lapses by itself. A post, with the session's csrf, so that another site
 * cannot sign a client out.
 */
@WebServlet("/account/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientPosts posts;

    @Inject
    AccountPages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = ClientCookie.token(request);
        // without the cookie (another site's post carries none) the post must still be this site's: else a page
        // elsewhere could make the browser forget the session
        if (token.isPresent() ? posts.refused(request, response, token.get())
                : posts.refusedAsCrossSite(request, response)) {
            return;
        }
        pages.forgetSession(request, response);
        pages.seeOther(request, response, "/");
    }
}
