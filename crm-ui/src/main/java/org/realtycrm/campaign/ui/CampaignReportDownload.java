package org.realtycrm.campaign.ui;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.campaign.boundary.CampaignResults;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A campaign's report as a CSV download ({@code /campaigns/report.csv?id=N}), the same file the API sends. The
 * screens' security constraint covers it; the boundary decides whose campaign it is, before anything is written.
 */
@WebServlet("/campaigns/report.csv")
public class CampaignReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException noId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + id + "-report.csv\"");
        try {
            // the report is read (and the campaign's owner checked) before the first byte goes out
            results.reportCsv(id, response.getOutputStream());
        } catch (RecordNotFoundException notYours) {
            if (response.isCommitted()) {
                throw notYours;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
