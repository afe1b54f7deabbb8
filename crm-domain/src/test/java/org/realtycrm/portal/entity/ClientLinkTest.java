package org.realtycrm.portal.entity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void the_token_is_handed_out_once_and_only_its_hash_is_kept() {
        ClientLink.Issued issued = ClientLink.issue(5, LinkPurpose.VERIFY, NOW);
        assertThat(issued.token()).matches("[0-9a-f]{64}");
        assertThat(ClientLink.wellFormed(issued.token())).isTrue();
        assertThat(ClientLink.hash(issued.token())).matches("[0-9a-f]{64}").isNotEqualTo(issued.token());
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void a_link_opens_once_before_it_expires() {
        ClientLink link = ClientLink.issue(5, LinkPurpose.VERIFY, NOW).link();
        assertThat(link.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(link.opensAt(NOW.plus(Duration.ofHours(47)))).isTrue();
        assertThat(link.opensAt(NOW.plus(Duration.ofHours(48)))).isFalse();
        link.use(NOW.plusSeconds(60));
        assertThat(link.opensAt(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> link.use(NOW.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_confirmation_carries_the_password_of_the_sign_up_that_asked_for_it() {
        assertThat(ClientLink.issue(5, LinkPurpose.VERIFY, NOW, "pbkdf2-hash").link().getPasswordHash())
                .isEqualTo("pbkdf2-hash");
        assertThat(ClientLink.issue(5, LinkPurpose.INVITE, NOW).link().getPasswordHash()).isNull();
    }

    @Test
    void an_invitation_lasts_fourteen_days() {
        assertThat(ClientLink.issue(5, LinkPurpose.INVITE, NOW).link().getExpiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void tokens_of_another_shape_are_not_looked_up() {
        assertThat(ClientLink.wellFormed(null)).isFalse();
        assertThat(ClientLink.wellFormed("ABC")).isFalse();
        assertThat(ClientLink.wellFormed("g".repeat(64))).isFalse();
        assertThat(ClientLink.wellFormed("a".repeat(64) + "'")).isFalse();
    }

    @Test
    void an_account_is_confirmed_once_at_its_first_moment() {
        ClientAccount account = ClientAccount.signedUp(5, 9);
        assertThat(account.isVerified()).isFalse();
        account.verify(NOW);
        account.verify(NOW.plusSeconds(5));
        assertThat(account.getVerifiedAt()).isEqualTo(NOW);
        assertThat(ClientAccount.invited(6, 9, 2).getInvitedById()).isEqualTo(2L);
    }
}
