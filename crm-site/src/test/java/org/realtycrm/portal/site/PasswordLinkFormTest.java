package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two pages where an emailed link lets a client choose a password: where each leads, and where it sends back. */
class PasswordLinkFormTest {

    @Test
    void aNewPasswordLandsOnTheAccountWhichSaysItIsSet() {
        String after = ResetPasswordServlet.PAGE.signedInTo();

        assertThat(LocalPath.of(after)).as("a path of this site").hasValue(after);
        assertThat(after).isEqualTo(AccountPages.ACCOUNT + "?done=password-set");
        assertThat(AccountServlet.DONE).containsEntry("password-set", "Your new password is set.");
        assertThat(WelcomeServlet.PAGE.signedInTo()).isEqualTo(AccountPages.ACCOUNT);
    }

    @Test
    void anExpiredResetLinkOffersANewOneAndAnExpiredInvitationTheSignIn() {
        assertThat(ResetPasswordServlet.PAGE.expiredLinks()).extracting(PageLink::path)
                .containsExactly("/account/forgot", "/account/sign-in");
        assertThat(WelcomeServlet.PAGE.expiredLinks()).extracting(PageLink::path).containsExactly("/account/sign-in");
    }
}
