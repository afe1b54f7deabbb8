package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.Pages;

/**
 * A signed-in client's saved searches. {@code POST /account/searches} saves the search of the {@code /homes} page
 * it was posted from (its parameters, read as that page reads them, {@link SearchToSave}), with a name and how often
 * to hear of new homes. {@code POST /account/searches/<id>} with {@code action} update (a new name, a frequency) or
 * delete changes one. Each then goes to the account page, which says what was done.
 */
@WebServlet({"/account/searches", "/account/searches/*"})
public class SavedSearchesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientPortal portal;

    @Inject
    ClientPosts posts;

    @Inject
    AccountPages accountPages;

    @Inject
    Pages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        Optional<Long> id = path == null || "/".equals(path) ? Optional.empty()
                : Optional.of(path.substring(1)).filter(digits -> digits.matches("\\d{1,18}")).map(Long::valueOf);
        if (path != null && !"/".equals(path) && id.isEmpty()) {
            pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found",
                    "There is no saved search at this address.");
            return;
        }
        Optional<String> token = ClientCookie.token(request);
        if (token.isPresent() && posts.refused(request, response, token.get())) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        try {
            if (id.isEmpty()) {
                save(request, response, token);
            } else {
                change(request, response, token, id.get());
            }
        } catch (SessionEndedException e) {
            accountPages.signInFirst(request, response, id.isEmpty()
                    ? SearchToSave.from(request::getParameter).criteria().homesPath() : AccountPages.ACCOUNT);
        } catch (CoreUnavailableException e) {
            accountPages.unavailable(request, response, id.isEmpty() ? "Your search was not saved"
                    : "Your search was not changed");
        }
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Optional<String> token)
            throws ServletException, IOException {
        SearchToSave search = SearchToSave.from(request::getParameter);
        if (token.isEmpty()) {
            accountPages.signInFirst(request, response, search.criteria().homesPath());
            return;
        }
        SaveSearchResult result = portal.saveSearch(token.get(), search);
        if (result instanceof SaveSearchResult.Refused refused) {
            pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "Your search was not saved",
                    inWords(refused.fieldErrors()));
        } else if (result instanceof SaveSearchResult.LimitReached full) {
            pages.problem(request, response, HttpServletResponse.SC_CONFLICT, "Your search was not saved",
                    full.detail() != null ? full.detail()
                            : "You have as many saved searches as you may. Delete one to save this one.");
        } else {
            accountPages.seeOther(request, response, AccountPages.ACCOUNT + "?done=search-saved");
        }
    }

    private void change(HttpServletRequest request, HttpServletResponse response, Optional<String> token, long id)
            throws ServletException, IOException {
        if (token.isEmpty()) {
            accountPages.signInFirst(request, response, AccountPages.ACCOUNT);
            return;
        }
        String action = request.getParameter("action");
        if ("delete".equals(action)) {
            portal.deleteSearch(token.get(), id);
            accountPages.seeOther(request, response, AccountPages.ACCOUNT + "?done=search-deleted");
        } else if ("update".equals(action)) {
            SaveSearchResult result = portal.changeSearch(token.get(), id,
                    SearchToSave.name(request.getParameter("name")),
                    Frequency.of(request.getParameter("frequency")).orElse(null));
            if (result instanceof SaveSearchResult.Refused refused) {
                pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "Your search was not changed",
                        inWords(refused.fieldErrors()));
            } else if (result instanceof SaveSearchResult.NotFound) {
                pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "Your search was not changed",
                        "It is not among your saved searches any more.");
            } else {
                accountPages.seeOther(request, response, AccountPages.ACCOUNT + "?done=search-changed");
            }
        } else {
            pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "Your search was not changed",
                    "The form did not say what to do with the search.");
        }
    }

    /** The core's field errors as a sentence each: "Name must not be blank." */
    static String inWords(Map<String, String> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            return "It could not be saved as it is.";
        }
        return fieldErrors.entrySet().stream()
                .map(error -> ("name".equals(error.getKey()) ? "Name" : "The search") + " " + error.getValue() + ".")
                .collect(Collectors.joining(" "));
    }
}
