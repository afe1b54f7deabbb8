package org.realtycrm.integration.site;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.property.site.Listing;
import org.realtycrm.property.site.SiteListings;

/** The page of one form: empty with a fresh ticket, or again with what the visitor typed and what was wrong. */
@ApplicationScoped
public class FormPages {

    private static final Logger LOG = Logger.getLogger(FormPages.class.getName());

    @Inject
    Pages pages;

    @Inject
    FormTicket tickets;

    @Inject
    SiteListings listings;

    public void show(HttpServletRequest request, HttpServletResponse response, InquiryForm form, String title,
            String intro) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store"); // the ticket is this visit's
        render(request, response, form, Map.of(), title, intro);
    }

    /**
     * The form again (400), keeping every field but the ticket, which is new. What is wrong with a field the visitor
     * cannot see (the listing, which may have left the market since the page was made; the page's address) is said
     * above the form, and that field is left out of the form sent next.
     */
    public void again(HttpServletRequest request, HttpServletResponse response, InquiryForm form,
            Map<String, String> errors) throws ServletException, IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        InquiryForm next = form;
        for (Map.Entry<String, String> error : errors.entrySet()) {
            if (InquiryForm.VISIBLE_FIELDS.contains(error.getKey())) {
                shown.put(error.getKey(), error.getValue());
            } else {
                next = next.without(error.getKey());
                shown.putIfAbsent("form", "propertyId".equals(error.getKey())
                        ? "This home is no longer on our site. You can still send us your message."
                        : "Please send the form again.");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        render(request, response, next, shown, form.kindLabel(), "Please check the form and send it again.");
    }

    private void render(HttpServletRequest request, HttpServletResponse response, InquiryForm form,
            Map<String, String> errors, String title, String intro) throws ServletException, IOException {
        Optional<Listing> listing = Optional.empty();
        if (form.propertyId() != null) {
            try {
                listing = listings.find(form.propertyId());
            } catch (SiteDataException e) {
                // the form works without the home's address above it
                LOG.log(Level.WARNING, "a form's listing could not be read", e);
            }
        }
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("ticket", tickets.issue());
        request.setAttribute("showingChoice", InquiryForm.ABOUT_A_HOME);
        request.setAttribute("kinds", InquiryForm.KINDS);
        request.setAttribute("listing", listing.map(Listing::shown).orElse(null));
        request.setAttribute("intro", intro);
        pages.render(request, response, "form", new PageMeta(title, intro, null, null, null));
    }
}
