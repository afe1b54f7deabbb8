package org.realtycrm.lead.ui;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.lead.batch.LeadImports;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The rejects of one import as a CSV download ({@code /imports/rejects.csv?id=N}), the same report the API sends.
 * The screens' security constraint covers it; the boundary decides whose import it is.
 */
@WebServlet("/imports/rejects.csv")
public class ImportRejectsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LeadImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException noId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            imports.find(id); // refuses someone else's import before anything is sent
        } catch (RecordNotFoundException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"");
        imports.writeRejectsCsv(id, response.getOutputStream());
    }
}
