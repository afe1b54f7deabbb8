package org.realtycrm.pipeline.ui;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.pipeline.boundary.ListExports;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A list's file for a platform ({@code /lists/export.csv?export=N}): sent on from the document store, or a redirect
 * to its short-lived address there (S3). Administrators only: web.xml's constraint on {@code /lists/*}, and the
 * boundary checks the role again.
 */
@WebServlet("/lists/export.csv")
public class ListExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport export;
        try {
            export = exports.find(Long.parseLong(request.getParameter("export")));
        } catch (NumberFormatException | RecordNotFoundException noSuchExport) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<java.net.URI> direct = exports.temporaryUrl(export.getId());
        if (direct.isPresent()) {
            response.sendRedirect(direct.get().toString());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        exports.copy(export.getId(), response.getOutputStream());
    }
}
