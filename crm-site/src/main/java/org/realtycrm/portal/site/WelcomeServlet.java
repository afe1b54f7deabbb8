package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /account/welcome?token=}: an agent invited their client to the portal, and the email's link lands here. The
 * client chooses a password; the core opens the account and signs them in. The token, which only the invited
 * person got, stands in for the robot checks of the open forms; the size and the address's allowance still count
 * ({@link PasswordLinkForm}).
 */
@WebServlet("/account/welcome")
public class WelcomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final PasswordLinkForm.Page PAGE = new PasswordLinkForm.Page("account-welcome", "Welcome",
            "Choose a password for your account.", "Your password was not set", AccountPages.ACCOUNT,
            "This invitation has expired",
            "This invitation has expired or was used. Sign in, or ask your agent to invite you again.",
            List.of(EmailedLinks.SIGN_IN));

    @Inject
    PasswordLinkForm form;

    @Inject
    PortalAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        form.open(PAGE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        form.choose(PAGE, accounts::acceptInvitation, request, response);
    }
}
