package org.realtycrm.campaign.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.LocalTimeVerdict;
import org.realtycrm.campaign.entity.QuietHours;
import org.realtycrm.campaign.entity.QuietHoursRule;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.pipeline.control.DoNotCallRegistry;
import org.realtycrm.pipeline.entity.CallVerdict;

/**
 * The one place that decides whether a text or call may go to a number now. It refuses a number on any Do-Not-Call
 * list ({@link DoNotCallRegistry}: the National Registry with data no older than 31 days, the states' lists, the
 * company's own list, which holds every opt-out, and the litigators); a moment outside the calling hours in the
 * recipient's local time (their address's state and its hours; else their number's area code's zones, with the
 * narrowest of the states' hours, since a number moves with its holder; else every US zone; the states' stricter hours
 * from {@link QuietHourRules}); and for marketing, a recipient who had as many marketing messages in
 * the period as {@code crm.compliance.marketing-per-period} allows. Every reason is given, not only the first. For
 * email ({@link #checkEmail}), the address's opt-outs.
 */
@ApplicationScoped
public class ComplianceGate {

    /** What counts against the cap: texts a campaign sends (an agent's conversation and keyword replies do not). */
    static final Set<String> MARKETING = Set.of(TextCategory.CAMPAIGN);

    @Inject
    DoNotCallRegistry registry;

    @Inject
    RecipientTimeZones timeZones;

    @Inject
    QuietHourRules stateRules;

    @Inject
    TextLedger ledger;

    @Inject
    EmailOptOuts emailOptOuts;

    @Inject
    @ConfigProperty(name = "crm.compliance.marketing-per-period", defaultValue = "3")
    int marketingPerPeriod;

    @Inject
    @ConfigProperty(name = "crm.compliance.period-hours", defaultValue = "24")
    int periodHours;

    Clock clock = Clock.systemUTC();

    public GateVerdict check(Recipient recipient, Channel channel, SendPurpose purpose) {
        Instant now = clock.instant();
        List<Refusal> refusals = new ArrayList<>();
        CallVerdict lists = registry.check(recipient.phone());
        lists.hits().forEach(hit -> refusals.add(new Refusal(RefusalReason.of(hit.reason()),
                hit.reason() + " (" + hit.listVersion() + ")", null)));
        LocalTimeVerdict localTime = localTime(recipient, now);
        if (!localTime.allowed()) {
            refusals.add(new Refusal(RefusalReason.QUIET_HOURS, localTime.reason(),
                    localTime.nextAllowedAt().orElse(null), localTime.zones().get(0)));
        }
        if (purpose == SendPurpose.MARKETING) {
            Duration period = Duration.ofHours(periodHours);
            long sent = ledger.countTo(recipient.phone(), MARKETING, now.minus(period));
            if (sent >= marketingPerPeriod) {
                // the oldest of them leaves the period by then at the latest
                refusals.add(new Refusal(RefusalReason.FREQUENCY_CAP, sent + " marketing messages in the last "
                        + periodHours + " hours; at most " + marketingPerPeriod + " are sent", now.plus(period)));
            }
        }
        return new GateVerdict(recipient.phone(), channel, now, refusals);
    }

    /**
     * Whether marketing email may go to {@code email} (lower case, as the outbox keeps addresses): not if it opted
     * out. The messages a person asked for (a password link, a confirmation) are not marketing and do not ask.
     */
    public GateVerdict checkEmail(String email) {
        List<Refusal> refusals = emailOptOuts.first(email).map(optOut -> List.of(new Refusal(
                RefusalReason.EMAIL_OPTED_OUT, optOut.getSource() + " (" + optOut.getCreatedAt() + ")", null)))
                .orElse(List.of());
        return new GateVerdict(email, Channel.EMAIL, clock.instant(), refusals);
    }

    /** The calling hours' verdict alone (the gate's, without the lists): for a screen that shows the local time. */
    public LocalTimeVerdict localTime(Recipient recipient, Instant now) {
        QuietHoursRule rule = new QuietHoursRule(QuietHours.FEDERAL, stateRules.windows());
        return rule.decide(timeZones.locate(recipient.state(), recipient.phone()), now);
    }
}
