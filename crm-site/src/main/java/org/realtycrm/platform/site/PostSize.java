package org.realtycrm.platform.site;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one size every post to the site may have: a form's, 16 KiB at most, as its {@code Content-Length} says before
 * a byte of it is read. A post that says no length (chunked) is refused too, since only reading it would tell: every
 * browser says the length of a form it posts, and so does a mail provider's one-click unsubscribe (RFC 8058).
 */
@ApplicationScoped
public class PostSize {

    public static final int MAX_BYTES = 16 * 1024;

    @Inject
    Pages pages;

    /** The status a post of this {@code Content-Length} (-1: not said) is refused with: 411, 413; 0 when it is not. */
    static int refusal(long contentLength) {
        if (contentLength < 0) {
            return HttpServletResponse.SC_LENGTH_REQUIRED;
        }
        return contentLength > MAX_BYTES ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : 0;
    }

    /**
     * Answers true, having sent a plain page (411, 413) headed {@code notDone}, when the post does not say its length
     * or is larger than a form; nothing of it is read.
     */
    public boolean refused(HttpServletRequest request, HttpServletResponse response, String notDone)
            throws ServletException, IOException {
        int status = refusal(request.getContentLengthLong());
        if (status == HttpServletResponse.SC_LENGTH_REQUIRED) {
            pages.problem(request, response, status, notDone,
                    "Your browser sent the form in a way we cannot read. Please send it again.");
            return true;
        }
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            pages.problem(request, response, status, notDone,
                    "It is too long for our form. Please shorten it and send it again.");
            return true;
        }
        return false;
    }
}
