package org.realtycrm.portal.site;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the pages behind an emailed link say when the link cannot be used, and where they send the visitor. */
final class EmailedLinks {

    static final PageLink SIGN_IN = new PageLink("Sign in", "/account/sign-in");
    static final PageLink SIGN_UP = new PageLink("Sign up", "/account/sign-up");
    static final PageLink NEW_PASSWORD = new PageLink("Ask for a new link", "/account/forgot");

    private EmailedLinks() {
    }

    /** The link has no token, or a broken one (cut short by the mail program, pasted with spaces): 404. */
    static void incomplete(AccountPages pages, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        pages.message(request, response, HttpServletResponse.SC_NOT_FOUND, "This link is not complete",
                "Open the link in the email again, or copy all of it into your browser's address bar.", SIGN_IN);
    }
}
