package org.realtycrm.portal.control;

import java.math.BigDecimal;
import java.net.URI;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.control.MailText;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.portal.entity.AlertFrequency;

/**
 * An alert as an email: the listings (at most {@link #MAX_LISTED}, the rest counted), each with its price, facts and
 * link; the brokerage's name and postal address; and the way out, both as a link in the text and as RFC 8058's
 * one-click {@code List-Unsubscribe} headers when the website is on HTTPS (mail clients may post only there).
 */
@ApplicationScoped
public class AlertMails {

    public static final String CATEGORY = "listing-alert";
    static final int MAX_LISTED = 20;
    private static final Logger LOG = Logger.getLogger(AlertMails.class.getName());

    @Inject
    PortalLinks links;

    @Inject
    @ConfigProperty(name = PortalSettings.BROKERAGE_NAME)
    String brokerage;

    @Inject
    @ConfigProperty(name = PortalSettings.BROKERAGE_ADDRESS)
    Optional<String> brokerageAddress;

    @PostConstruct
    void warnWithoutOneClick() {
        if (!links.oneClickAllowed()) {
            LOG.warning(PortalSettings.SITE_URL + " is not https: alerts carry their unsubscribe link in the text "
                    + "only, without the one-click List-Unsubscribe headers (RFC 8058 allows them over HTTPS only)");
        }
    }

    public OutgoingMail compose(AlertBatch batch) {
        List<AlertBatch.Listing> listed = batch.listings().stream().limit(MAX_LISTED).toList();
        int more = batch.listings().size() - listed.size();
        URI unsubscribe = links.unsubscribe(batch.unsubscribeToken());
        StringBuilder text = new StringBuilder("Hello " + batch.clientName() + ",\n\n" + intro(batch) + "\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Hello "
                + MailText.escape(batch.clientName()) + ",</p><p>" + MailText.escape(intro(batch)) + "</p><ul>");
        for (AlertBatch.Listing listing : listed) {
            URI page = links.listing(listing.id(), listing.city(), listing.street());
            text.append("* ").append(headline(listing)).append('\n').append("  ").append(facts(listing)).append('\n')
                    .append("  ").append(page).append("\n\n");
            html.append("<li style=\"margin-bottom:12px\"><a href=\"").append(MailText.escape(page.toString()))
                    .append("\"><strong>").append(MailText.escape(headline(listing))).append("</strong></a><br>")
                    .append(MailText.escape(facts(listing))).append("</li>");
        }
        html.append("</ul>");
        URI allOfThem = links.search(batch.criteria());
        String seeAll = more > 0 ? "And " + more + " more. Every home of your search: " : "Every home of your search: ";
        text.append(seeAll).append(allOfThem).append("\n\n");
        html.append("<p>").append(MailText.escape(seeAll)).append("<a href=\"")
                .append(MailText.escape(allOfThem.toString())).append("\">").append(MailText.escape(allOfThem.toString()))
                .append("</a></p>");
        if (batch.agent() != null) {
            String ask = "Questions, or a showing? " + batch.agent().name() + ", your agent: " + batch.agent().email();
            text.append(ask).append("\n\n");
            html.append("<p>Questions, or a showing? ").append(MailText.escape(batch.agent().name()))
                    .append(", your agent: <a href=\"mailto:").append(MailText.escape(batch.agent().email()))
                    .append("\">").append(MailText.escape(batch.agent().email())).append("</a></p>");
        }
        String footer = "You get this because you saved the search \"" + batch.searchName() + "\" with "
                + brokerage + (batch.frequency() == AlertFrequency.DAILY ? " (a daily digest)" : "") + ". "
                + "Stop these alerts: " + unsubscribe + "\n" + brokerage
                + brokerageAddress.map(address -> ", " + address).orElse("");
        text.append("--\n").append(footer).append('\n');
        html.append("<hr><p style=\"font-size:small;color:#555\">You get this because you saved the search \"")
                .append(MailText.escape(batch.searchName())).append("\" with ").append(MailText.escape(brokerage))
                .append(batch.frequency() == AlertFrequency.DAILY ? " (a daily digest)" : "")
                .append(". <a href=\"").append(MailText.escape(unsubscribe.toString()))
                .append("\">Stop these alerts</a><br>").append(MailText.escape(brokerage))
                .append(brokerageAddress.map(address -> ", " + MailText.escape(address)).orElse(""))
                .append("</p></body></html>");
        OutgoingMail.Builder mail = OutgoingMail.to(batch.clientEmail(),
                        OutgoingMail.fitsToName(batch.clientName()) ? batch.clientName() : null)
                .subject(subject(batch))
                .text(text.toString())
                .html(html.toString())
                .category(CATEGORY)
                .idempotencyKey(batch.key());
        if (links.oneClickAllowed()) {
            mail.oneClickUnsubscribe(unsubscribe);
        }
        return mail.build();
    }

    static String subject(AlertBatch batch) {
        long fresh = batch.listings().stream().filter(AlertBatch.Listing::isNew).count();
        long dropped = batch.listings().size() - fresh;
        String what = fresh > 0 && dropped > 0 ? fresh + " new, " + dropped + " price " + (dropped == 1 ? "drop" : "drops")
                : fresh > 0 ? fresh + (fresh == 1 ? " new home" : " new homes")
                : dropped + (dropped == 1 ? " price drop" : " price drops");
        String subject = what + " for \u201c" + batch.searchName() + "\u201d";
        return subject.length() <= OutgoingMail.MAX_SUBJECT ? subject
                : subject.substring(0, OutgoingMail.MAX_SUBJECT - 1) + "\u2026";
    }

    private static String intro(AlertBatch batch) {
        return (batch.frequency() == AlertFrequency.DAILY ? "Today's news" : "News")
                + " for your search \u201c" + batch.searchName() + "\u201d:";
    }

    static String headline(AlertBatch.Listing listing) {
        String place = String.join(", ", nonBlank(listing.street(), listing.city(),
                String.join(" ", nonBlank(listing.state(), listing.postalCode()))));
        String price = money(listing.price());
        if (listing.isNew()) {
            return "New: " + place + " \u2013 " + price;
        }
        return "Price drop: " + place + " \u2013 " + price + " (was " + money(listing.previousPrice()) + ")";
    }

    static String facts(AlertBatch.Listing listing) {
        StringBuilder facts = new StringBuilder();
        if (listing.beds() != null) {
            facts.append(listing.beds()).append(" bd");
        }
        if (listing.baths() != null) {
            facts.append(facts.length() == 0 ? "" : " \u00b7 ").append(listing.baths()).append(" ba");
        }
        if (listing.livingArea() != null) {
            facts.append(facts.length() == 0 ? "" : " \u00b7 ")
                    .append(NumberFormat.getIntegerInstance(Locale.US).format(listing.livingArea())).append(" sq ft");
        }
        facts.append(facts.length() == 0 ? "" : " \u00b7 ").append(listing.status());
        return facts.toString();
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
    }

    private static String money(BigDecimal amount) {
        if (amount == null) {
            return "price on request";
        }
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        return dollars.format(amount);
    }
}
