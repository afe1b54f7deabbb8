package org.realtycrm.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.UnauthenticatedException;

class IntakeSourceTest {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNewSourceHasAPublicKeyAndA256BitSecretOfItsOwnThatSignsItsDeliveries() {
        IntakeSource.Issued website = IntakeSource.issue(" Brokerage website ", "Website", 1);
        IntakeSource.Issued portal = IntakeSource.issue("Portal", null, 1);

        assertThat(website.source().getName()).isEqualTo("Brokerage website");
        assertThat(website.source().getKeyId()).matches("in_[0-9a-f]{24}").isNotEqualTo(portal.source().getKeyId());
        assertThat(website.secret()).matches("whsec_[0-9a-f]{64}").isNotEqualTo(portal.secret());
        assertThat(portal.source().getLeadSource()).as("the name, when no lead source is given").isEqualTo("Portal");
        assertThat(website.source().accepts(website.source().getKeyId())).isTrue();
        assertThat(website.source().accepts(portal.source().getKeyId())).isFalse();
        assertThat(verify(website.source(), website.secret())).hasSize(64);
        assertThatThrownBy(() -> verify(website.source(), portal.secret()))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aRotatedSecretReplacesTheOldOneAndADeactivatedSourceAcceptsNothing() {
        IntakeSource.Issued issued = IntakeSource.issue("Website", "Website", 1);
        IntakeSource source = issued.source();

        String rotated = source.rotateSecret();

        assertThat(rotated).isNotEqualTo(issued.secret());
        assertThat(verify(source, rotated)).hasSize(64);
        assertThatThrownBy(() -> verify(source, issued.secret())).isInstanceOf(UnauthenticatedException.class);
        source.deactivate();
        assertThat(source.accepts(source.getKeyId())).isFalse();
    }

    @Test
    void refusesABlankOrOverlongNameAndALeadSourceLongerThanEveryLeadsSourceMayBe() {
        assertThat(rejectedField(() -> IntakeSource.issue(" ", "Website", 1)))
                .isEqualTo(new FieldError("name", "must not be blank"));
        assertThat(rejectedField(() -> IntakeSource.issue("x".repeat(101), "Website", 1)).field()).isEqualTo("name");
        assertThat(rejectedField(() -> IntakeSource.issue("Website", "y".repeat(65), 1)).field())
                .isEqualTo("leadSource");
        // a long name is fine, but then its leads' source must be given
        assertThat(rejectedField(() -> IntakeSource.issue("z".repeat(80), null, 1)).field()).isEqualTo("leadSource");
        assertThat(IntakeSource.issue("z".repeat(80), "Website", 1).source().getLeadSource()).isEqualTo("Website");
    }

    @Test
    void aSourceTheInstallationConfiguredTakesItsKeyAndSecretAsGiven() {
        String key = "in_" + "ab".repeat(12);
        String secret = "whsec_" + "0f".repeat(32);

        IntakeSource source = IntakeSource.configured("Website", "Website", key, secret, 1);

        assertThat(source.getKeyId()).isEqualTo(key);
        assertThat(verify(source, secret)).hasSize(64);
        String next = "whsec_" + "1e".repeat(32);
        assertThat(source.replaceSecret(next)).isTrue();
        assertThat(source.replaceSecret(next)).as("the same again").isFalse();
        assertThatThrownBy(() -> verify(source, secret)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aConfiguredKeyOrSecretOfAnotherShapeIsRefused() {
        String secret = "whsec_" + "0f".repeat(32);
        assertThat(rejectedField(() -> IntakeSource.configured("Website", null, "in_short", secret, 1)).field())
                .isEqualTo("key");
        assertThat(rejectedField(() -> IntakeSource.configured("Website", null, "in_" + "ab".repeat(12),
                "guessable", 1)).field()).isEqualTo("secret");
    }

    private static String verify(IntakeSource source, String secret) {
        Instant now = Instant.now();
        return source.verify(Long.toString(now.getEpochSecond()),
                IntakeSignature.sign(secret, now.getEpochSecond(), BODY), BODY, now);
    }
}
