package org.realtycrm.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.UnauthenticatedException;

class IntakeSignatureTest {

    private static final String SECRET = "whsec_" + "ab".repeat(32);
    private static final byte[] BODY = "{\"kind\":\"CONTACT\",\"firstName\":\"Ana\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void signsTheTimestampAFullStopAndTheBodyWithHmacSha256InHex() {
        // computed independently, as a sender would: printf '1.body' | openssl dgst -sha256 -hmac key
        assertThat(IntakeSignature.sign("key", 1, "body".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5");
    }

    @Test
    void acceptsWhatItSignedWithinFiveMinutesAndNamesTheDeliveryByItsSignature() {
        long sent = NOW.getEpochSecond() - 299;
        String signature = IntakeSignature.sign(SECRET, sent, BODY);

        String delivery = IntakeSignature.verify(SECRET, Long.toString(sent), signature, BODY, NOW);

        assertThat("sha256=" + delivery).isEqualTo(signature);
        assertThat(IntakeSignature.verify(SECRET, Long.toString(NOW.getEpochSecond() + 299),
                IntakeSignature.sign(SECRET, NOW.getEpochSecond() + 299, BODY), BODY, NOW)).hasSize(64);
    }

    @Test
    void refusesAnotherBodyAnotherSecretAnotherTimestampOrAStaleOne() {
        long sent = NOW.getEpochSecond();
        String signature = IntakeSignature.sign(SECRET, sent, BODY);
        byte[] other = "{\"kind\":\"CONTACT\",\"firstName\":\"Bo\"}".getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> IntakeSignature.verify(SECRET, Long.toString(sent), signature, other, NOW), "does not match");
        assertRefused(() -> IntakeSignature.verify("whsec_other", Long.toString(sent), signature, BODY, NOW),
                "does not match");
        assertRefused(() -> IntakeSignature.verify(SECRET, Long.toString(sent + 1), signature, BODY, NOW),
                "does not match");
        long stale = sent - 301;
        assertRefused(() -> IntakeSignature.verify(SECRET, Long.toString(stale),
                IntakeSignature.sign(SECRET, stale, BODY), BODY, NOW), "5 minutes");
    }

    @Test
    void refusesMissingOrMalformedHeadersInPlainWords() {
        String now = Long.toString(NOW.getEpochSecond());
        assertRefused(() -> IntakeSignature.verify(SECRET, null, "sha256=00", BODY, NOW), "headers");
        assertRefused(() -> IntakeSignature.verify(SECRET, now, null, BODY, NOW), "headers");
        assertRefused(() -> IntakeSignature.verify(SECRET, "yesterday", "sha256=00", BODY, NOW), "Unix seconds");
        // what was signed is the digits as sent: another spelling of the same moment is not them
        long sent = NOW.getEpochSecond();
        String signature = IntakeSignature.sign(SECRET, sent, BODY);
        assertRefused(() -> IntakeSignature.verify(SECRET, "+" + sent, signature, BODY, NOW), "Unix seconds");
        assertRefused(() -> IntakeSignature.verify(SECRET, " " + sent, signature, BODY, NOW), "Unix seconds");
        assertRefused(() -> IntakeSignature.verify(SECRET, "0" + sent, signature, BODY, NOW), "does not match");
        assertRefused(() -> IntakeSignature.verify(SECRET, "-9223372036854775808", signature, BODY, NOW),
                "Unix seconds");
        assertRefused(() -> IntakeSignature.verify(SECRET, now, "sha256=not-hex", BODY, NOW), "does not match");
        assertRefused(() -> IntakeSignature.verify(SECRET, now, IntakeSignature.sign(SECRET, NOW.getEpochSecond(), BODY)
                .substring(7), BODY, NOW), "does not match");
    }

    private static void assertRefused(ThrowingCallable call, String words) {
        assertThatThrownBy(call).isInstanceOf(UnauthenticatedException.class).hasMessageContaining(words);
    }
}
