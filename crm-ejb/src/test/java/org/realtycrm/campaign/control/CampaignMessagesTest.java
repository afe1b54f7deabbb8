package org.realtycrm.campaign.control;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.MailHeaders;
import org.realtycrm.campaign.entity.MergeFields;
import org.realtycrm.campaign.entity.MessageTemplate;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's words for one lead: merge fields filled from the lead, its agent and the brokerage; a text that does
 * not say how to stop gets the opt-out line; an email carries the brokerage's name, postal address and unsubscribe
 * link at its foot (text and HTML), the lead's words escaped in its HTML, and over https the link as its one-click
 * List-Unsubscribe headers.
 */
class CampaignMessagesTest {

    private static final String KEY = "campaign-send:41:0";
    private static final String TOKEN = "0a1b2c3d4e5f";
    private static final String ADDRESS = "12 Main St, Austin, TX 78701";
    private static final String LINK = "https://crm.example.com/api/v1/unsubscribe/" + TOKEN;

    private static CampaignMessages messages(String publicUrl, Optional<String> address) {
        CampaignMessages messages = new CampaignMessages();
        messages.brokerage = "Sunrise Realty";
        messages.brokerageAddress = address;
        messages.publicUrl = publicUrl;
        messages.replyTo = Optional.empty();
        return messages;
    }

    private static CampaignMessages messages() {
        return messages("https://crm.example.com", Optional.of(ADDRESS));
    }

    private static User agent() {
        User agent = new User("bo.berg@sunrise.example", "Bo Berg", Role.AGENT, "$argon2id$not-a-real-hash");
        try {
            Field id = User.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(agent, 5L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("User.id could not be set", e);
        }
        return agent;
    }

    private static Lead lead(String first, String last) {
        return new Lead(new ContactDetails(first, last, "ana.lima@example.com",
                List.of(new Phone("+14155550132", PhoneType.MOBILE))), "Zillow", null);
    }

    private static Lead ana() {
        return lead("Ana", "Lima");
    }

    private static Lead anaWithAgent() {
        Lead lead = ana();
        lead.assignTo(agent());
        return lead;
    }

    private static MessageTemplate sms(String body) {
        return new MessageTemplate(Channel.SMS, 5L, "Text", null, null, body);
    }

    private static MessageTemplate email(String body) {
        return new MessageTemplate(Channel.EMAIL, 5L, "Email", "Open house, {{firstName}}",
                "{{firstName}}, see you Sunday?", body);
    }

    // the merge fields' values

    @Test
    void the_values_come_from_the_lead_its_agent_and_the_brokerage() {
        Map<String, String> values = messages().valuesFor(anaWithAgent());

        assertThat(values).containsOnly(
                Map.entry(MergeFields.FIRST_NAME, "Ana"),
                Map.entry(MergeFields.LAST_NAME, "Lima"),
                Map.entry(MergeFields.FULL_NAME, "Ana Lima"),
                Map.entry(MergeFields.AGENT_NAME, "Bo Berg"),
                Map.entry(MergeFields.AGENT_EMAIL, "bo.berg@sunrise.example"),
                Map.entry(MergeFields.BROKERAGE, "Sunrise Realty"));
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(MergeFields.ALL);
    }

    @Test
    void without_an_agent_the_agent_fields_have_no_value() {
        Map<String, String> values = messages().valuesFor(ana());

        assertThat(values.get(MergeFields.AGENT_NAME)).isNull();
        assertThat(values.get(MergeFields.AGENT_EMAIL)).isNull();
        assertThat(values).containsEntry(MergeFields.FIRST_NAME, "Ana")
                .containsEntry(MergeFields.BROKERAGE, "Sunrise Realty");
    }

    @Test
    void without_an_agent_a_template_gives_the_fallback() {
        MessageTemplate template = sms("Questions? Ask {{agentName|your agent}} at {{agentEmail|this number}}.");

        assertThat(messages().text(template, ana()))
                .startsWith("Questions? Ask your agent at this number.");
        assertThat(messages().text(template, anaWithAgent()))
                .startsWith("Questions? Ask Bo Berg at bo.berg@sunrise.example.");
    }

    @Test
    void a_lead_without_a_last_name_is_called_by_the_first() {
        Map<String, String> values = messages().valuesFor(lead("Ana", null));

        assertThat(values.get(MergeFields.LAST_NAME)).isNull();
        assertThat(values).containsEntry(MergeFields.FULL_NAME, "Ana");
    }

    // texts

    @Test
    void a_text_that_does_not_say_stop_gets_the_opt_out_line() {
        String text = messages().text(sms("Hi {{firstName}}, the open house starts at 2 pm."), ana());

        assertThat(text).isEqualTo("Hi Ana, the open house starts at 2 pm. Reply STOP to opt out.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reply STOP to end.", "reply stop to end", "Text Stop to unsubscribe",
            "Reply with STOP to opt out", "Send \"STOP\" to cancel", "STOP to opt out", "Txt stop to quit",
            "Questions? Call me. stop to unsubscribe"})
    void a_text_that_says_how_to_stop_in_any_case_is_sent_as_written(String body) {
        assertThat(messages().text(sms(body), ana())).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We STOPPED by your open house", "Unstoppable deals", "Nonstop listings",
            "Bus stops nearby", "S T O P", "ST0P", "Don't stop looking!", "STOP", "Say stop.",
            "Reply STOPPED to nothing", "Hi! STOP=quit"})
    void a_stop_that_does_not_say_how_to_stop_gets_the_line(String body) {
        assertThat(messages().text(sms(body), ana())).isEqualTo(body + " Reply STOP to opt out.");
    }

    @Test
    void a_stop_that_only_a_merged_value_brings_does_not_tell_the_reader_how_to_stop() {
        assertThat(messages().text(sms("Hi {{firstName}}, see you Sunday"), lead("Stop", "Lima")))
                .isEqualTo("Hi Stop, see you Sunday Reply STOP to opt out.");
        CampaignMessages oneStop = messages();
        oneStop.brokerage = "One Stop Realty";
        assertThat(oneStop.text(sms("News from {{brokerage}}"), ana()))
                .isEqualTo("News from One Stop Realty Reply STOP to opt out.");
    }

    @Test
    void a_template_that_fills_to_nothing_is_the_opt_out_line_alone() {
        assertThat(messages().text(sms("{{agentName}}"), ana())).isEqualTo("Reply STOP to opt out.");
    }

    @Test
    void the_text_is_stripped_before_the_opt_out_line() {
        assertThat(messages().text(sms("Hi {{firstName}}"), ana())).isEqualTo("Hi Ana Reply STOP to opt out.");
        assertThat(messages().text(sms("Hi {{firstName}}  {{agentName}}"), ana()))
                .isEqualTo("Hi Ana Reply STOP to opt out.");
    }

    // emails

    @Test
    void an_email_goes_to_the_lead_by_name_under_the_key_with_the_filled_subject() {
        OutgoingMail mail = messages().email(email("Hi {{firstName}}"), 'A', ana(), KEY, TOKEN);

        assertThat(mail.toAddress()).isEqualTo("ana.lima@example.com");
        assertThat(mail.toName()).isEqualTo("Ana Lima");
        assertThat(mail.subject()).isEqualTo("Open house, Ana");
        assertThat(mail.category()).isEqualTo(CampaignMessages.EMAIL_CATEGORY).isEqualTo("campaign");
        assertThat(mail.idempotencyKey()).isEqualTo(KEY);
    }

    @Test
    void variant_b_gets_the_second_subject() {
        OutgoingMail mail = messages().email(email("Hi"), 'B', ana(), KEY, TOKEN);

        assertThat(mail.subject()).isEqualTo("Ana, see you Sunday?");
    }

    @Test
    void a_name_that_cannot_be_a_display_name_is_left_out() {
        OutgoingMail mail = messages().email(email("Hi"), 'A', lead("Ana", "Lima, Jr."), KEY, TOKEN);

        assertThat(mail.toName()).isNull();
        assertThat(mail.toAddress()).isEqualTo("ana.lima@example.com");
    }

    @Test
    void the_text_part_is_the_body_then_the_brokerage_its_address_and_the_unsubscribe_link() {
        OutgoingMail mail = messages().email(email("  Hi {{firstName}},\n\nSee you Sunday.\n"), 'A', ana(), KEY,
                TOKEN);

        assertThat(mail.text()).isEqualTo("Hi Ana,\n\nSee you Sunday.\n\n--\nYou get this from Sunrise Realty, "
                + ADDRESS + ". No more of these emails: " + LINK + "\n");
    }

    @Test
    void without_a_postal_address_the_foot_names_the_brokerage_alone() {
        OutgoingMail mail = messages("https://crm.example.com", Optional.empty()).email(email("Hi"), 'A', ana(),
                KEY, TOKEN);

        assertThat(mail.text()).endsWith("\n--\nYou get this from Sunrise Realty. No more of these emails: "
                + LINK + "\n");
        assertThat(mail.html()).contains("You get this from Sunrise Realty. <a href=\"" + LINK
                + "\">Unsubscribe</a>");
    }

    @Test
    void the_html_part_has_a_paragraph_per_paragraph_and_the_same_foot() {
        OutgoingMail mail = messages().email(email("Hi {{firstName}},\n\nThe open house\nstarts at 2 pm.\r\n\r\n"
                + "Bo"), 'A', ana(), KEY, TOKEN);

        assertThat(mail.html()).isEqualTo("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
                + "<p>Hi Ana,</p><p>The open house<br>starts at 2 pm.</p><p>Bo</p>"
                + "<hr><p style=\"font-size:small;color:#555\">You get this from Sunrise Realty, " + ADDRESS
                + ". <a href=\"" + LINK + "\">Unsubscribe</a></p></body></html>");
    }

    @Test
    void the_body_and_the_leads_values_are_text_in_the_html_never_markup() {
        Lead lead = lead("<script>alert(1)</script>", "O'Neil");
        OutgoingMail mail = messages().email(email("Dear {{fullName}}: <b>3 bed & 2 bath</b> \"cozy\""), 'A', lead,
                KEY, TOKEN);

        assertThat(mail.html())
                .contains("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Neil: &lt;b&gt;3 bed &amp; 2 bath"
                        + "&lt;/b&gt; &quot;cozy&quot;</p>")
                .doesNotContain("<script>").doesNotContain("<b>");
        // the text part is plain text: as written
        assertThat(mail.text()).startsWith("Dear <script>alert(1)</script> O'Neil: <b>3 bed & 2 bath</b> \"cozy\"");
    }

    @Test
    void the_brokerage_and_its_address_are_escaped_in_the_html_foot() {
        CampaignMessages messages = messages("https://crm.example.com", Optional.of("Suite <5> & Co"));
        messages.brokerage = "Smith & \"Sons\" Realty";

        OutgoingMail mail = messages.email(email("Hi"), 'A', ana(), KEY, TOKEN);

        assertThat(mail.html()).contains("You get this from Smith &amp; &quot;Sons&quot; Realty, Suite &lt;5&gt; "
                + "&amp; Co. <a href=");
        assertThat(mail.text()).contains("You get this from Smith & \"Sons\" Realty, Suite <5> & Co. No more");
    }

    @Test
    void over_https_the_unsubscribe_link_is_one_click() {
        OutgoingMail mail = messages().email(email("Hi"), 'A', ana(), KEY, TOKEN);

        assertThat(mail.headers()).containsOnly(
                Map.entry(MailHeaders.LIST_UNSUBSCRIBE, "<" + LINK + ">"),
                Map.entry(MailHeaders.LIST_UNSUBSCRIBE_POST, MailHeaders.ONE_CLICK));
        assertThat(mail.hasOneClickUnsubscribe()).isTrue();
    }

    @Test
    void over_http_there_is_no_one_click_unsubscribe_and_the_link_stays_in_the_foot() {
        String link = "http://localhost:8080/api/v1/unsubscribe/" + TOKEN;

        OutgoingMail mail = messages("http://localhost:8080", Optional.of(ADDRESS)).email(email("Hi"), 'A', ana(),
                KEY, TOKEN);

        // MailHeaders refuses <http:…> in List-Unsubscribe, so the link is in the foot alone, as for alerts
        assertThat(mail.hasOneClickUnsubscribe()).isFalse();
        assertThat(mail.headers()).isEmpty();
        assertThat(mail.text()).contains("No more of these emails: " + link + "\n");
        assertThat(mail.html()).contains("<a href=\"" + link + "\">Unsubscribe</a>");
    }

    @Test
    void with_a_reply_address_configured_replies_go_there() {
        CampaignMessages messages = messages();
        messages.replyTo = Optional.of(" Replies@Reply.Sunrise.example ");

        OutgoingMail mail = messages.email(email("Hi"), 'A', ana(), KEY, TOKEN);

        assertThat(mail.replyTo()).contains("replies@reply.sunrise.example");
        assertThat(messages.whyNoMarketingEmail()).isEmpty();
        assertThat(messages().email(email("Hi"), 'A', ana(), KEY, TOKEN).replyTo()).isEmpty();
    }

    @Test
    void a_reply_address_that_is_no_address_holds_marketing_email_back_and_says_why() {
        CampaignMessages messages = messages();
        messages.replyTo = Optional.of("replies at sunrise");

        assertThat(messages.whyNoMarketingEmail())
                .contains("crm.mail.reply-to is not a valid email address: replies at sunrise");
        assertThat(messages("https://crm.example.com", Optional.empty()).whyNoMarketingEmail().orElseThrow())
                .startsWith("crm.portal.brokerage-address is not set");
    }

    @Test
    void the_unsubscribe_link_is_under_the_public_url_with_or_without_its_slash() {
        assertThat(messages("https://crm.example.com", Optional.empty()).unsubscribeLink(TOKEN))
                .isEqualTo(URI.create(LINK));
        assertThat(messages("https://crm.example.com/", Optional.empty()).unsubscribeLink(TOKEN))
                .isEqualTo(URI.create(LINK));
        assertThat(messages("https://example.com/crm/", Optional.empty()).unsubscribeLink("t1"))
                .hasToString("https://example.com/crm/api/v1/unsubscribe/t1");
    }

    @Test
    void each_send_carries_its_own_token_in_link_and_header() {
        OutgoingMail first = messages().email(email("Hi"), 'A', ana(), KEY, "aaaa");
        OutgoingMail second = messages().email(email("Hi"), 'A', ana(), "campaign-send:42:0", "bbbb");

        assertThat(first.headers().get(MailHeaders.LIST_UNSUBSCRIBE)).endsWith("/unsubscribe/aaaa>");
        assertThat(second.headers().get(MailHeaders.LIST_UNSUBSCRIBE)).endsWith("/unsubscribe/bbbb>");
        assertThat(second.text()).contains("/unsubscribe/bbbb").doesNotContain("aaaa");
    }
}
