package org.realtycrm.campaign.boundary;

import org.realtycrm.campaign.control.MailText;

/** The words of the test email: both parts, so that the recipient sees the HTML and the plain text arrive. */
final class TestMailText {

    private TestMailText() {
    }

    static String plain(String adminName) {
        return "This is a test email from Realty CRM, sent by " + adminName + " to check the mail settings.\n\n"
                + "If you are reading it, the server's mail is delivered. Nothing needs to be done.\n";
    }

    static String html(String adminName) {
        return "<!DOCTYPE html><html><body><p>This is a test email from <strong>Realty CRM</strong>, sent by "
                + MailText.escape(adminName) + " to check the mail settings.</p>"
                + "<p>If you are reading it, the server's mail is delivered. Nothing needs to be done.</p>"
                + "</body></html>";
    }
}
