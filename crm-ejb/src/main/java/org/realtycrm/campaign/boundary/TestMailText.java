package org.realtycrm.campaign.boundary;

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
                + escape(adminName) + " to check the mail settings.</p>"
                + "<p>If you are reading it, the server's mail is delivered. Nothing needs to be done.</p>"
                + "</body></html>";
    }

    /** A user's name in HTML text: it is theirs, not markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
