package org.realtycrm.pipeline.ui;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A scrub's suppressions as a CSV download ({@code /dnc/suppressions.csv?id=N}), the same file the API sends.
 * Administrators only: web.xml's constraint, and the boundary's role.
 */
@WebServlet("/dnc/suppressions.csv")
public class SuppressionsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DoNotCallLists lists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            lists.findScrub(id);
        } catch (NumberFormatException | RecordNotFoundException noSuchScrub) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"scrub-" + id + "-suppressions.csv\"");
        lists.writeSuppressions(id, response.getOutputStream());
    }
}
