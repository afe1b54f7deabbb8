package org.realtycrm.campaign.boundary;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.ComplianceGate;
import org.realtycrm.campaign.control.QuietHourRules;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.QuietHourRule;
import org.realtycrm.campaign.entity.QuietHours;
import org.realtycrm.campaign.entity.QuietHoursRule;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.UsStateTimeZones;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * The compliance gate as people use it directly: an agent asks whether a number may be called or texted now (before
 * dialling by hand), and administrators keep the states' stricter calling hours. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Compliance {

    @Inject
    ComplianceGate gate;

    @Inject
    QuietHourRules rules;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    CurrentUser caller;

    @Inject
    ActivityRecorder activities;

    /**
     * Whether {@code phone} may be called or texted now, and every reason it may not.
     *
     * @param state the state of the recipient's address, if known (else their number's area code decides the
     *              time zone)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public GateVerdict check(String phone, String state, Channel channel, SendPurpose purpose) {
        String number = phoneNumbers.toE164("phone", phone);
        return gate.check(new Recipient(number, state), channel == null ? Channel.CALL : channel,
                purpose == null ? SendPurpose.CONVERSATION : purpose);
    }

    /** Whether marketing email may go to {@code email}: not once it opted out (unsubscribed, spam, bounced). */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public GateVerdict checkEmail(String email) {
        String address = EmailAddress.normalize("email", email);
        if (address == null) {
            throw new InvalidInputException("email", "must be given");
        }
        return gate.checkEmail(address);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public List<QuietHourRule> quietHourRules() {
        return rules.all();
    }

    /**
     * Sets a state's calling hours (within the federal 8 am to 9 pm).
     *
     * @param expectedVersion the version read, when changing a rule; null when the state has none yet
     */
    public QuietHourRule setQuietHours(String state, LocalTime start, LocalTime end, Long expectedVersion) {
        QuietHours window = QuietHours.of(start, end);
        String code = stateCode(state);
        // the rules together must still leave some time of day allowed everywhere (a recipient nowhere known)
        Map<String, QuietHours> windows = new HashMap<>(rules.windows());
        windows.put(code, window);
        new QuietHoursRule(QuietHours.FEDERAL, windows);
        QuietHourRule rule = rules.find(code).map(found -> {
            if (expectedVersion != null && found.getVersion() != expectedVersion) {
                throw new StaleVersionException("calling hours of", code, expectedVersion, found.getVersion());
            }
            QuietHours before = found.window();
            found.change(window, caller.id());
            audit(found, before, window);
            return found;
        }).orElseGet(() -> {
            QuietHourRule added = rules.add(new QuietHourRule(code, window, caller.id()));
            rules.flush();
            audit(added, null, window);
            return added;
        });
        return rule;
    }

    /** Removes a state's own calling hours: the federal ones apply there again. */
    public void removeQuietHours(String state) {
        String code = stateCode(state);
        QuietHourRule rule = rules.find(code).orElseThrow(() -> new RecordNotFoundException("calling hours of",
                code));
        audit(rule, rule.window(), null);
        rules.remove(rule);
    }

    private static String stateCode(String state) {
        String code = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        if (!UsStateTimeZones.isState(code)) {
            throw new InvalidInputException("state", "must be a US state's two-letter code (FL, TX)");
        }
        return code;
    }

    private void audit(QuietHourRule rule, QuietHours before, QuietHours after) {
        activities.record(caller.user(), SubjectType.QUIET_HOURS, rule.getId(), ActivityAction.QUIET_HOURS_CHANGED,
                "Calling hours of " + rule.getState() + ": " + (after == null ? "the federal " + QuietHours.FEDERAL
                        : after), Map.of("window", new FieldChange(before == null ? null : before.toString(),
                        after == null ? null : after.toString())));
    }
}
