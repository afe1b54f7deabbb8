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
 * A direct-mail batch's file for the mail house ({@code /campaigns/mail-batch.csv?campaign=N&batch=M}), sent on from
 * the document store. The screens' security constraint covers it; the boundary decides whose campaign it is, and that
 * the batch is the campaign's, before anything is written.
 */
@WebServlet("/campaigns/mail-batch.csv")
public class MailBatchDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long campaignId;
        long batchId;
        try {
            campaignId = Long.parseLong(request.getParameter("campaign"));
            batchId = Long.parseLong(request.getParameter("batch"));
        } catch (NumberFormatException noId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + campaignId + "-mail-batch-"
                + batchId + ".csv\"");
        try {
            results.copyMailBatch(campaignId, batchId, response.getOutputStream());
        } catch (RecordNotFoundException notYours) {
            if (response.isCommitted()) {
                throw notYours;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
