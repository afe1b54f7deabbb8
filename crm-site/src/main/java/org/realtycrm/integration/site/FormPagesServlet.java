package org.realtycrm.integration.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;

/**
 * The forms' own pages: {@code /contact} (also about a listing: {@code ?listing=<id>}), {@code /home-value},
 * {@code /sign-up}, and {@code /thanks}, where a sent form lands.
 */
@WebServlet({"/contact", "/home-value", "/sign-up", "/thanks"})
public class FormPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FormPages forms;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case "/home-value" -> forms.show(request, response, blank("HOME_VALUE", null), "What is my home worth?",
                    "Tell us about your home and one of our agents will send you its value, from the latest sales "
                            + "nearby.");
            case "/sign-up" -> forms.show(request, response, blank("SIGN_UP", null), "Sign up",
                    "Leave your name and email, and an agent will send you new listings that match what you want.");
            case "/thanks" -> thanks(request, response);
            default -> forms.show(request, response, blank("CONTACT", request.getParameter("listing")),
                    "Contact us", "Ask us anything: an agent will answer you shortly.");
        }
    }

    private static InquiryForm blank(String kind, String listing) {
        return InquiryForm.from(name -> switch (name) {
            case "kind" -> kind;
            case "propertyId" -> listing;
            default -> null;
        });
    }

    private void thanks(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String kind = request.getParameter("kind");
        String message = "showing".equals(kind)
                ? "We have your request. An agent will call or email you shortly to set a time."
                : "home-value".equals(kind)
                        ? "We have your home's details. An agent will send you its value shortly."
                        : "sign-up".equals(kind)
                                ? "You are signed up. An agent will be in touch with listings for you."
                                : "We have your message. An agent will answer you shortly.";
        request.setAttribute("message", message);
        response.setHeader("Cache-Control", "no-store");
        pages.render(request, response, "thanks", new PageMeta("Thank you", message, null, null, null));
    }
}
