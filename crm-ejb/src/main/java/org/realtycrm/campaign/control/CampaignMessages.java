package org.realtycrm.campaign.control;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.entity.MergeFields;
import org.realtycrm.campaign.entity.MessageTemplate;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.portal.control.PortalSettings;

/**
 * A campaign's words for one lead: the template's merge fields filled from the lead, its agent and the brokerage. A
 * text that does not say how to stop gets "Reply STOP to opt out." (carriers ask it of every marketing text). An
 * email carries the brokerage's name and postal address and an unsubscribe link at its foot, and, when the link is
 * https, the same link as its one-click List-Unsubscribe headers (RFC 8058; an http link is not taken there); with a
 * reply address configured ({@code crm.mail.reply-to}), replies go there, to come back through SendGrid's Inbound
 * Parse.
 */
@ApplicationScoped
public class CampaignMessages {

    /** What the outbox files campaign emails under. */
    public static final String EMAIL_CATEGORY = "campaign";
    static final String STOP_LINE = "Reply STOP to opt out.";
    /**
     * Words that tell the reader how to stop: "Reply STOP", "text stop", "reply with STOP", "STOP to opt out". A word
     * stop alone ("Don't stop looking!") tells nothing; when in doubt the line is added (twice told does no harm).
     */
    private static final Pattern SAYS_STOP = Pattern.compile("\\b(?:reply|text|txt|send|respond)(?:\\s+with)?\\s+"
            + "[\"'\u201c]?stop\\b|\\bstop[\"'\u201d]?\\s+to\\s+(?:opt[\\s-]?out|unsubscribe|end|cancel|quit)\\b",
            Pattern.CASE_INSENSITIVE);

    @Inject
    @ConfigProperty(name = PortalSettings.BROKERAGE_NAME)
    String brokerage;

    @Inject
    @ConfigProperty(name = PortalSettings.BROKERAGE_ADDRESS)
    Optional<String> brokerageAddress;

    @Inject
    @ConfigProperty(name = CampaignSettings.PUBLIC_URL)
    String publicUrl;

    /** Where replies go, so that they reach SendGrid's Inbound Parse and come back as replies; optional. */
    @Inject
    @ConfigProperty(name = MailSettings.REPLY_TO)
    Optional<String> replyTo;

    /**
     * Why marketing email cannot go, if it cannot: the law on commercial email (CAN-SPAM) asks for the sender's postal
     * address in every message, and the product will not send one without it.
     */
    public Optional<String> whyNoMarketingEmail() {
        if (brokerageAddress.filter(address -> !address.isBlank()).isEmpty()) {
            return Optional.of(PortalSettings.BROKERAGE_ADDRESS + " is not set: every marketing email must carry the "
                    + "brokerage's postal address");
        }
        try {
            MailSettings.replyTo(replyTo);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // sent without it, replies would go where nothing reads them: held back until the setting is fixed
            return Optional.of(e.getMessage());
        }
    }

    /** The merge fields' values for a lead. */
    public Map<String, String> valuesFor(Lead lead) {
        Map<String, String> values = new HashMap<>();
        values.put(MergeFields.FIRST_NAME, lead.getFirstName());
        values.put(MergeFields.LAST_NAME, lead.getLastName());
        values.put(MergeFields.FULL_NAME, lead.fullName());
        User agent = lead.getAssignedAgent();
        if (agent != null) {
            values.put(MergeFields.AGENT_NAME, agent.getName());
            values.put(MergeFields.AGENT_EMAIL, agent.getEmail());
        }
        values.put(MergeFields.BROKERAGE, brokerage);
        return values;
    }

    /**
     * The text's body for the lead, with the opt-out line when the template's own words lack one (a lead named Stop or
     * a brokerage called One Stop Realty says nothing about stopping).
     */
    public String text(MessageTemplate template, Lead lead) {
        String body = template.bodyFor(valuesFor(lead)).strip();
        return saysStop(template) ? body : (body + " " + STOP_LINE).strip();
    }

    /** Whether the template's words, before any merge field is filled, tell the reader how to stop. */
    public static boolean saysStop(MessageTemplate template) {
        return SAYS_STOP.matcher(template.getBody()).find();
    }

    /** The email for the lead, sent under {@code key}, with the unsubscribe link of {@code unsubscribeToken}. */
    public OutgoingMail email(MessageTemplate template, char variant, Lead lead, String key, String unsubscribeToken) {
        Map<String, String> values = valuesFor(lead);
        String body = template.bodyFor(values).strip();
        URI unsubscribe = unsubscribeLink(unsubscribeToken);
        String foot = "You get this from " + brokerage + brokerageAddress.map(address -> ", " + address).orElse("")
                + ". No more of these emails: " + unsubscribe;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        for (String paragraph : body.split("\\R\\s*\\R")) {
            html.append("<p>").append(MailText.escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        html.append("<hr><p style=\"font-size:small;color:#555\">You get this from ").append(MailText.escape(brokerage))
                .append(brokerageAddress.map(address -> ", " + MailText.escape(address)).orElse(""))
                .append(". <a href=\"").append(MailText.escape(unsubscribe.toString()))
                .append("\">Unsubscribe</a></p></body></html>");
        OutgoingMail.Builder mail = OutgoingMail.to(lead.getEmail(),
                        OutgoingMail.fitsToName(lead.fullName()) ? lead.fullName() : null)
                .subject(template.subjectFor(variant, values))
                .text(body + "\n\n--\n" + foot + "\n")
                .html(html.toString())
                .category(EMAIL_CATEGORY)
                .idempotencyKey(key);
        replyTo.map(String::strip).filter(address -> !address.isEmpty()).ifPresent(mail::replyTo);
        if ("https".equals(unsubscribe.getScheme())) {
            mail.oneClickUnsubscribe(unsubscribe);
        } // else in the foot only: List-Unsubscribe takes <https:…> or <mailto:…> (MailHeaders), never <http:…>
        return mail.build();
    }

    public URI unsubscribeLink(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(base + "/api/v1/unsubscribe/" + token);
    }
}
