package org.realtycrm.identity.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.integration.site.FormTicket;
import org.realtycrm.platform.site.CanonicalPaths;
import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.platform.site.SiteSettings;

/** {@code /agents}, the roster, and {@code /agents/<name>-<id>}, one agent's page with a way to reach them. */
@WebServlet({"/agents", "/agents/*"})
public class AgentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteAgents agents;

    @Inject
    Pages pages;

    @Inject
    SiteSettings settings;

    @Inject
    FormTicket tickets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        try {
            if (path == null || "/".equals(path)) {
                roster(request, response);
            } else {
                one(request, response, path);
            }
        } catch (SiteDataException e) {
            pages.unavailable(request, response, e);
        }
    }

    private void roster(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<Agent> all = agents.all();
        if (pages.notModified(request, response, all.toString(), 300)) {
            return;
        }
        request.setAttribute("agents", all);
        String name = settings.brand().name();
        pages.render(request, response, "agents", new PageMeta("Our agents · " + name, "Meet " + name
                + "'s agents and get in touch.", pages.absolute(request, "/agents"), null, null));
    }

    private void one(HttpServletRequest request, HttpServletResponse response, String path)
            throws ServletException, IOException {
        Optional<Agent> agent = path.indexOf('/', 1) < 0 ? CanonicalPaths.id(path).flatMap(agents::find)
                : Optional.empty();
        if (agent.isEmpty()) {
            pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "No such agent here",
                    "They may have moved on. See all our agents.");
            return;
        }
        if (CanonicalPaths.redirectedTo(agent.get().path(), request, response)) {
            return;
        }
        // the page holds a form ticket: a cached copy is drawn again each day, while its ticket is good
        if (pages.notModified(request, response, agent.get() + "|" + tickets.day(), 300)) {
            return;
        }
        request.setAttribute("agent", agent.get());
        request.setAttribute("ticket", tickets.issue());
        pages.render(request, response, "agent", new PageMeta(agent.get().name() + " · " + settings.brand().name(),
                agent.get().name() + ", real estate agent at " + settings.brand().name() + ".",
                pages.absolute(request, agent.get().path()), null, null));
    }
}
