package org.realtycrm.report.ui;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.report.boundary.Reports;
import org.realtycrm.report.entity.ReportKind;
import org.realtycrm.report.entity.ReportRange;

/**
 * A report as a CSV download ({@code /reports/source-roi.csv?from=2026-01-01&to=2026-01-31}), the same file the API
 * sends. The admin screens' security constraint covers it, and the boundary allows admins only.
 */
@WebServlet("/reports/*")
public class ReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CSV = ".csv";

    @Inject
    transient Reports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<ReportKind> kind = path.endsWith(CSV)
                ? ReportKind.ofSlug(path.substring(1, path.length() - CSV.length())) : Optional.empty();
        if (kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportRange range;
        try {
            range = ReportRange.parse(request.getParameter("from"), request.getParameter("to"));
        } catch (InvalidInputException badRange) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, badRange.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.get().fileName(range) + "\"");
        reports.csv(kind.get(), range, response.getOutputStream());
    }
}
