package org.realtycrm.property.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.property.boundary.Properties;

/**
 * A listing's stored photo, {@code /app/photos/{mediaId}}, or its thumbnail with {@code ?thumbnail}, for a caller who
 * may see the listing ({@link Properties#photo}); anyone else, like a missing photo, gets 404. The bytes are streamed
 * from here whatever the store (the screens' CSP allows images from the application only), cacheable by this
 * browser for a day: a stored photo never changes (a changed one gets a new key).
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CACHE = "private, max-age=86400";

    @Inject
    Properties properties;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long mediaId = mediaId(request.getPathInfo());
        if (mediaId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentContent photo;
        try {
            photo = properties.photo(mediaId, request.getParameter("thumbnail") != null);
        } catch (RecordNotFoundException e) { // an application exception: it arrives as thrown
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (DocumentContent content = photo; InputStream in = content.stream()) {
            response.setContentType(content.contentType());
            response.setContentLengthLong(content.length());
            response.setHeader("Cache-Control", CACHE);
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }

    /** {@code /123} → 123; anything else → null. */
    static Long mediaId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
