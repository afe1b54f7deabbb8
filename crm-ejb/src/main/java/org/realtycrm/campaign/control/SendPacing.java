package org.realtycrm.campaign.control;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.mls.control.RequestPacing;
import org.realtycrm.mls.control.Sleeper;

/**
 * The providers' sending rates, one token bucket per provider on this server: Twilio queues what a number cannot
 * send at once (a long code sends about one segment a second) and fails it after hours; SendGrid limits a plan's
 * messages per second. A sender waits for its turn. With two servers, each has the rate: configure half.
 */
@ApplicationScoped
public class SendPacing {

    @Inject
    @ConfigProperty(name = CampaignSettings.SMS_PER_SECOND, defaultValue = "1")
    long smsPerSecond;

    @Inject
    @ConfigProperty(name = CampaignSettings.EMAIL_PER_SECOND, defaultValue = "50")
    long emailPerSecond;

    private RequestPacing sms;
    private RequestPacing email;

    @PostConstruct
    void buckets() {
        sms = new RequestPacing(smsPerSecond, smsPerSecond * 3600, Clock.systemUTC(), Sleeper.REAL);
        email = new RequestPacing(emailPerSecond, emailPerSecond * 3600, Clock.systemUTC(), Sleeper.REAL);
    }

    /** Waits until the provider of {@code action} may take one more message. */
    public void awaitTurn(StepAction action) {
        try {
            (action == StepAction.SMS ? sms : email).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sending rate", e);
        }
    }
}
