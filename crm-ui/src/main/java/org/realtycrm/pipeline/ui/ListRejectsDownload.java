package org.realtycrm.pipeline.ui;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A received list's rejected rows as a CSV download ({@code /lists/rejects.csv?pull=N}: line, reason), the file the
 * API sends. Administrators only: web.xml's constraint on {@code /lists/*} sends anyone else the "not for your
 * account" page, as for the administrators' pages, and the boundary checks the role again.
 */
@WebServlet("/lists/rejects.csv")
public class ListRejectsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListSetup setup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("pull"));
            setup.pull(id); // a 404 before anything is sent
        } catch (NumberFormatException | RecordNotFoundException noSuchList) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"list-" + id + "-rejects.csv\"");
        setup.writeRejects(id, response.getOutputStream());
    }
}
