package org.realtycrm.integration.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import org.realtycrm.integration.control.InquiryDesk;
import org.realtycrm.integration.control.InquiryReader;
import org.realtycrm.integration.control.IntakeReceipts;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.integration.entity.IntakeSourceRepository;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * Inbound leads: inquiries delivered by the brokerage's website, a portal's lead feed or another integrator. No user
 * signs in: each delivery names its source and is signed with the source's secret ({@link org.realtycrm.integration.entity.IntakeSignature}), which is
 * what this boundary checks before anything else, so it is open to every caller.
 */
@Stateless
@PermitAll
public class InboundLeads {

    /** What a delivery did: the lead it went to, whether it made that lead, whether it was a repeat. */
    public record Received(long leadId, boolean created, boolean repeat) {
    }

    @Inject
    IntakeSourceRepository sources;

    @Inject
    IntakeReceipts receipts;

    @Inject
    InquiryDesk desk;

    Clock clock = Clock.systemUTC();

    /**
     * Who sent it, checked: nothing is taken or counted yet (the caller limits deliveries per source with the answer,
     * so that someone who knows only a source's public key cannot use up its allowance).
     *
     * @return the key of the source whose secret signed it
     * @throws UnauthenticatedException for an unknown or inactive source, a stale timestamp or a wrong signature
     */
    public String authenticate(String keyId, String timestamp, String signature, byte[] body) {
        IntakeSource source = source(keyId);
        source.verify(timestamp, signature, body, clock.instant());
        return source.getKeyId();
    }

    /**
     * @param body the body's bytes as sent: the signature covers them
     * @param json the same body read as JSON, by the API's rules for every body
     * @throws UnauthenticatedException as {@link #authenticate}
     */
    public Received receive(String keyId, String timestamp, String signature, byte[] body, JsonValue json) {
        // checked again, not taken on trust from the caller: one indexed look-up and one HMAC
        IntakeSource source = source(keyId);
        String delivery = source.verify(timestamp, signature, body, clock.instant());
        Optional<IntakeReceipts.Earlier> earlier = receipts.claim(source.getId(), delivery);
        if (earlier.isPresent()) {
            return new Received(earlier.get().leadId(), earlier.get().created(), true);
        }
        InquiryDesk.Outcome outcome = desk.take(source, InquiryReader.read(json));
        receipts.settle(source.getId(), delivery, outcome.leadId(), outcome.created());
        return new Received(outcome.leadId(), outcome.created(), false);
    }

    private IntakeSource source(String keyId) {
        return Optional.ofNullable(keyId).map(String::strip).filter(IntakeSource::wellFormedKey)
                .flatMap(sources::findByKey)
                .filter(found -> found.accepts(keyId.strip()))
                .orElseThrow(() -> new UnauthenticatedException("X-Intake-Key names no active intake source"));
    }
}
