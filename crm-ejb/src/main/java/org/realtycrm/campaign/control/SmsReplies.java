package org.realtycrm.campaign.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers to the keywords, as configured ({@code crm.sms.*}). The carriers' rules want a HELP answer that names
 * the sender and says how to stop, and allow one confirmation of an opt-out. Twilio answers STOP, START and HELP
 * itself unless its opt-out handling is turned off (a Messaging Service's Advanced Opt-Out): only then
 * {@code crm.sms.confirm-keywords=true}, so that nobody gets two answers.
 */
@ApplicationScoped
public class SmsReplies {

    @Inject
    @ConfigProperty(name = "crm.sms.confirm-keywords", defaultValue = "false")
    boolean confirmKeywords;

    @Inject
    @ConfigProperty(name = "crm.portal.brokerage-name")
    String brokerage;

    @Inject
    @ConfigProperty(name = "crm.sms.help-text")
    Optional<String> helpText;

    public boolean confirmKeywords() {
        return confirmKeywords;
    }

    public String help() {
        return helpText.map(String::strip).filter(text -> !text.isEmpty()).orElse(brokerage + ": texts from your "
                + "real-estate agent. Reply STOP to stop them, START to get them again. Msg & data rates may apply.");
    }

    public String optOutConfirmation() {
        return brokerage + ": you are unsubscribed and will get no more texts from us. Reply START to resubscribe.";
    }

    public String optInConfirmation() {
        return brokerage + ": you are subscribed to our texts again. Reply STOP to unsubscribe.";
    }
}
