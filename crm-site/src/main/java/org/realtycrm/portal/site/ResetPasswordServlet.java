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
 * {@code /account/reset?token=}: the link a client who forgot their password asked for ({@link ForgotPasswordServlet})
 * lands here. Opening it draws the form to choose a new password and changes nothing (a mail scanner may open it
 * first); posting it, the core sets the password, the link stops working, and the client is signed in and sees
 * "Your new password is set." on their account. As the invitation's form, it has the size and the address's
 * allowance, and the token for the robot checks ({@link PasswordLinkForm}).
 */
@WebServlet("/account/reset")
public class ResetPasswordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final PasswordLinkForm.Page PAGE = new PasswordLinkForm.Page("account-reset", "Choose a new password",
            "Choose a new password for your account.", "Your password was not changed",
            AccountPages.ACCOUNT + "?done=password-set", "This link has expired",
            "This link has expired or was used. Ask for a new link to choose your password, or sign in.",
            List.of(EmailedLinks.NEW_PASSWORD, EmailedLinks.SIGN_IN));

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
        form.choose(PAGE, accounts::chooseNewPassword, request, response);
    }
}
