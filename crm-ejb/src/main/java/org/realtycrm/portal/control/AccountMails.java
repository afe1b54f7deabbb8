package org.realtycrm.portal.control;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.control.MailText;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.identity.entity.User;
import org.realtycrm.portal.entity.ClientLink;

/**
 * The portal's account messages (confirm your email, your agent's invitation, "you already have an account"), each
 * sent after its transaction commits. Their idempotency key is the link's token hash (never the token: keys are
 * stored in the clear) or a fresh random one: every request for a link is a new message. The messages a visitor's
 * form causes greet no name: the form's words are not ours to send to an address someone else typed.
 */
@ApplicationScoped
public class AccountMails {

    public static final String CATEGORY = "client-account";

    @Inject
    PortalLinks links;

    @Inject
    Event<PortalMail> mails;

    @Inject
    @ConfigProperty(name = PortalSettings.BROKERAGE_NAME)
    String brokerage;

    public void confirmEmail(User client, String token) {
        URI link = links.verify(token);
        send(client, "Confirm your email for " + brokerage, "confirm:" + ClientLink.hash(token),
                "Hello,\n\nPlease confirm your email to finish your account with "
                        + brokerage + ":\n\n" + link + "\n\nThe link works once, for 48 hours. If you did not sign "
                        + "up, ignore this message: nothing happens without the link.\n",
                paragraph("Hello,")
                        + paragraph("Please confirm your email to finish your account with "
                        + MailText.escape(brokerage) + ".")
                        + button(link, "Confirm my email")
                        + paragraph("The link works once, for 48 hours. If you did not sign up, ignore this message:"
                        + " nothing happens without the link."));
    }

    public void invitation(User client, String agentName, String token) {
        URI link = links.invitation(token);
        send(client, agentName + " invited you to " + brokerage, "invite:" + ClientLink.hash(token),
                "Hello " + client.getName() + ",\n\n" + agentName + " invited you to your own account with "
                        + brokerage + ": save homes you like, save searches and get an email when a new home "
                        + "matches or a price drops.\n\nChoose your password here:\n\n" + link
                        + "\n\nThe link works once, for 14 days.\n",
                paragraph("Hello " + MailText.escape(client.getName()) + ",")
                        + paragraph(MailText.escape(agentName) + " invited you to your own account with "
                        + MailText.escape(brokerage) + ": save homes you like, save searches and get an email when "
                        + "a new home matches or a price drops.")
                        + button(link, "Choose my password")
                        + paragraph("The link works once, for 14 days."));
    }

    /** A forgotten password: a link to choose a new one. Asked for on the website, so it greets no typed name. */
    public void passwordReset(User client, String token) {
        URI link = links.passwordReset(token);
        send(client, "Choose a new password for " + brokerage, "reset:" + ClientLink.hash(token),
                "Hello,\n\nSomeone (perhaps you) asked for a new password for your account with " + brokerage
                        + ". Choose it here:\n\n" + link + "\n\nThe link works once, for two hours. If you did not "
                        + "ask, ignore this message: your password stays as it is.\n",
                paragraph("Hello,")
                        + paragraph("Someone (perhaps you) asked for a new password for your account with "
                        + MailText.escape(brokerage) + ".")
                        + button(link, "Choose a new password")
                        + paragraph("The link works once, for two hours. If you did not ask, ignore this message: "
                        + "your password stays as it is."));
    }

    /** Someone signed up with the address of an account that exists: its owner hears of it, the form says nothing. */
    public void alreadyRegistered(User existing, String randomKey) {
        URI signIn = links.signIn();
        send(existing, "Your account with " + brokerage, "registered:" + randomKey,
                "Hello,\n\nSomeone (perhaps you) tried to sign up with this email, "
                        + "which already has an account with " + brokerage + ". Sign in here:\n\n" + signIn
                        + "\n\nIf it was not you, there is nothing to do.\n",
                paragraph("Hello,")
                        + paragraph("Someone (perhaps you) tried to sign up with this email, which already has an "
                        + "account with " + MailText.escape(brokerage) + ".")
                        + button(signIn, "Sign in")
                        + paragraph("If it was not you, there is nothing to do."));
    }

    private void send(User to, String subject, String key, String text, String htmlBody) {
        mails.fire(new PortalMail(OutgoingMail.to(to.getEmail(), null)
                .subject(subject)
                .text(text)
                .html("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + htmlBody + "</body></html>")
                .category(CATEGORY)
                .idempotencyKey(CATEGORY + ":" + key)
                .build()));
    }

    static String paragraph(String html) {
        return "<p>" + html + "</p>";
    }

    static String button(URI link, String words) {
        String href = MailText.escape(link.toString());
        return "<p><a href=\"" + href + "\" style=\"display:inline-block;padding:10px 18px;background:#1d4ed8;"
                + "color:#fff;text-decoration:none;border-radius:4px\">" + MailText.escape(words) + "</a></p>"
                + "<p style=\"font-size:small;color:#555\">Or open " + href + "</p>";
    }
}
