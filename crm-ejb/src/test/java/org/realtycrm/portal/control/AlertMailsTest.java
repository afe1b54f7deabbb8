package org.realtycrm.portal.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailHeaders;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.SearchCriteria;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMailsTest {

    private static final String TOKEN = "ab".repeat(32);

    private static AlertMails mails(String siteUrl) {
        PortalLinks links = new PortalLinks();
        links.siteUrl = siteUrl;
        AlertMails mails = new AlertMails();
        mails.links = links;
        mails.brokerage = "Lakeside Realty";
        mails.brokerageAddress = Optional.of("1 Lake St, Austin, TX 78701");
        return mails;
    }

    private static AlertBatch.Listing fresh(long id) {
        return new AlertBatch.Listing(id, true, null, new BigDecimal("450000"), "12 Oak <b>Lane</b>", "Austin", "TX",
                "78701", 3, 2, new BigDecimal("1850"), "Active");
    }

    private static AlertBatch batch(AlertFrequency frequency, List<AlertBatch.Listing> listings) {
        return new AlertBatch(4, "listing-alert:4:99", false, "Austin <3 beds>",
                SearchCriteria.of(null, "Austin", null, null, 500_000L, 3, null, null), frequency, TOKEN, 11,
                "ana@example.com", "Ana Lima", 21, new AlertBatch.Agent("Sam Reyes", "sam@lakeside.example"), listings);
    }

    @Test
    void an_alert_lists_each_home_with_its_link_and_ends_with_the_brokerage_and_the_way_out() {
        AlertBatch.Listing dropped = new AlertBatch.Listing(8, false, new BigDecimal("500000"),
                new BigDecimal("475000"), "9 Elm St", "Round Rock", "TX", "78664", null, null, null, "Active");
        OutgoingMail mail = mails("https://www.lakeside.example/").compose(batch(AlertFrequency.INSTANT,
                List.of(fresh(7), dropped)));
        assertThat(mail.toAddress()).isEqualTo("ana@example.com");
        assertThat(mail.subject()).isEqualTo("1 new, 1 price drop for \u201cAustin <3 beds>\u201d");
        assertThat(mail.idempotencyKey()).isEqualTo("listing-alert:4:99");
        assertThat(mail.category()).isEqualTo(AlertMails.CATEGORY);
        assertThat(mail.text())
                .contains("New: 12 Oak <b>Lane</b>, Austin, TX 78701 \u2013 $450,000")
                .contains("3 bd \u00b7 2 ba \u00b7 1,850 sq ft \u00b7 Active")
                .contains("https://www.lakeside.example/homes/austin/12-oak-b-lane-b-7")
                .contains("Price drop: 9 Elm St, Round Rock, TX 78664 \u2013 $475,000 (was $500,000)")
                .contains("https://www.lakeside.example/alerts/unsubscribe?token=" + TOKEN)
                .contains("Lakeside Realty, 1 Lake St, Austin, TX 78701")
                .contains("Every home of your search: https://www.lakeside.example/homes?city=Austin&maxPrice=500000"
                        + "&beds=3")
                .contains("Sam Reyes, your agent: sam@lakeside.example");
        // listing text and the search's name are text in the HTML part, never markup
        assertThat(mail.html()).contains("12 Oak &lt;b&gt;Lane&lt;/b&gt;").contains("Austin &lt;3 beds&gt;")
                .doesNotContain("<b>Lane");
    }

    @Test
    void over_https_the_alert_offers_the_one_click_unsubscribe_of_rfc_8058() {
        OutgoingMail mail = mails("https://www.lakeside.example").compose(batch(AlertFrequency.DAILY,
                List.of(fresh(7))));
        assertThat(mail.hasOneClickUnsubscribe()).isTrue();
        assertThat(MailHeaders.find(mail.headers(), MailHeaders.LIST_UNSUBSCRIBE))
                .isEqualTo("<https://www.lakeside.example/alerts/unsubscribe?token=" + TOKEN + ">");
        assertThat(mail.text()).contains("(a daily digest)").contains("Today's news");
    }

    @Test
    void over_plain_http_the_way_out_is_the_link_in_the_text_only() {
        OutgoingMail mail = mails("http://localhost:8060").compose(batch(AlertFrequency.INSTANT, List.of(fresh(7))));
        assertThat(mail.hasOneClickUnsubscribe()).isFalse();
        assertThat(mail.headers()).isEmpty();
        assertThat(mail.text()).contains("http://localhost:8060/alerts/unsubscribe?token=" + TOKEN);
    }

    @Test
    void an_alert_lists_twenty_homes_and_counts_the_rest() {
        List<AlertBatch.Listing> many = IntStream.rangeClosed(1, 23).mapToObj(AlertMailsTest::fresh).toList();
        OutgoingMail mail = mails("https://x.example").compose(batch(AlertFrequency.INSTANT, many));
        assertThat(mail.subject()).startsWith("23 new homes");
        assertThat(mail.text()).contains("-20\n").doesNotContain("-21\n").contains("And 3 more");
    }

    @Test
    void slugs_follow_the_website_s_spelling() {
        assertThat(PortalLinks.slug("123 Main St #4")).isEqualTo("123-main-st-4");
        assertThat(PortalLinks.slug("São Paulo")).isEqualTo("sao-paulo");
        assertThat(PortalLinks.slug(null)).isEqualTo("home");
        assertThat(PortalLinks.slug("###")).isEqualTo("home");
    }
}
