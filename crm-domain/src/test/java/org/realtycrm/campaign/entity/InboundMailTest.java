package org.realtycrm.campaign.entity;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Convert;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email we received: taken once by its sender's address and Message-ID or the hash of what it says, sealed, its
 * body cut.
 */
class InboundMailTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00.123456789Z");

    @Test
    void an_email_with_a_message_id_is_known_by_it_and_its_senders_address() throws NoSuchAlgorithmException {
        String key = InboundMail.keyOf(Optional.of("<CAF=abc@mail.gmail.com>"), "Ana <Ana@Example.com>", "r@y", "Hi",
                "text");

        assertThat(key).isEqualTo("id:" + sha256("ana@example.com\n<CAF=abc@mail.gmail.com>"));
        assertThat(InboundMail.keyOf(Optional.of("<CAF=abc@mail.gmail.com>"), "ana@example.com", "other@y", "Re: Hi",
                "other words")).as("the same email delivered again, whatever else it says").isEqualTo(key);
    }

    @Test
    void another_sender_using_the_same_message_id_is_another_email() {
        String real = InboundMail.keyOf(Optional.of("<1@mail.example.com>"), "ana@example.com", "r@y", "Hi", "x");

        assertThat(InboundMail.keyOf(Optional.of("<1@mail.example.com>"), "mallory@example.com", "r@y", "Hi", "x"))
                .as("a forged email that came first does not make the real one a repeat").isNotEqualTo(real);
        assertThat(InboundMail.keyOf(Optional.of("<1@mail.example.com>"), "no address", "r@y", "Hi", "x"))
                .as("a From without an address counts as it is").matches("id:[0-9a-f]{64}").isNotEqualTo(real);
    }

    @Test
    void without_one_it_is_known_by_the_hash_of_sender_recipient_subject_and_text() {
        String key = InboundMail.keyOf(Optional.empty(), "Ana <a@x>", "r@y", "Hi", "Call me");

        assertThat(key).matches("sha256:[0-9a-f]{64}");
        assertThat(InboundMail.keyOf(Optional.empty(), "Ana <a@x>", "r@y", "Hi", "Call me")).isEqualTo(key);
        assertThat(InboundMail.keyOf(Optional.empty(), "Ana <a@x>", "r@y", "Hi", "Call me later")).isNotEqualTo(key);
        assertThat(InboundMail.keyOf(Optional.empty(), "Ana <a@x>", "r@y", "HiCall me", "")).isNotEqualTo(key);
        assertThat(InboundMail.keyOf(Optional.empty(), "Bo <b@x>", "r@y", "Hi", "Call me")).isNotEqualTo(key);
    }

    @Test
    void a_message_id_of_any_length_makes_a_key_that_fits() {
        String longId = "<" + "x".repeat(300) + "@example.com>";

        String key = InboundMail.keyOf(Optional.of(longId), "a@x.com", "r@y", "Hi", "text");

        assertThat(key).matches("id:[0-9a-f]{64}").hasSizeLessThanOrEqualTo(InboundMail.MAX_KEY);
        assertThat(InboundMail.keyOf(Optional.of(longId), "a@x.com", "r@y", "Other", "words")).isEqualTo(key);
        assertThat(InboundMail.keyOf(Optional.of(longId), "b@x.com", "r@y", "Hi", "text")).isNotEqualTo(key);
    }

    @Test
    void the_body_is_cut_the_subject_too_and_blank_is_empty() {
        InboundMail mail = new InboundMail("<a@x>", "ana@example.com", " replies@reply.example.com ",
                "s".repeat(2000), "b".repeat(30_000), InboundMailKind.MESSAGE, 1.5, 7L, NOW);

        assertThat(mail.getBody()).hasSize(InboundMail.MAX_BODY);
        assertThat(mail.getSubject()).hasSize(InboundMail.MAX_SUBJECT);
        assertThat(mail.getToAddress()).isEqualTo("replies@reply.example.com");
        assertThat(mail.getReceivedAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00.123456Z"));
        InboundMail bare = new InboundMail("<b@x>", "ana@example.com", null, null, null, InboundMailKind.SPAM, null,
                null, NOW);
        assertThat(bare.getSubject()).isEmpty();
        assertThat(bare.getBody()).isEmpty();
        assertThat(bare.getToAddress()).isNull();
    }

    @Test
    void a_cut_never_splits_a_character() {
        String body = "a".repeat(InboundMail.MAX_BODY - 1) + "\uD83C\uDFE0" + "tail";

        InboundMail mail = new InboundMail("<c@x>", "ana@example.com", null, "", body, InboundMailKind.MESSAGE, null,
                null, NOW);

        assertThat(mail.getBody()).hasSize(InboundMail.MAX_BODY - 1).doesNotContain("\uD83C");
    }

    @Test
    void the_sender_the_subject_and_the_words_are_sealed_at_rest() throws NoSuchFieldException {
        for (String name : List.of("fromAddress", "subject", "body")) {
            Field field = InboundMail.class.getDeclaredField(name);
            assertThat(field.getAnnotation(Convert.class)).as(name).isNotNull()
                    .extracting(Convert::converter).isEqualTo(SealedText.class);
        }
        assertThat(InboundMail.class.getDeclaredField("fromIndex").getAnnotation(Convert.class).converter())
                .isEqualTo(BlindIndex.Email.class);
    }

    @Test
    void to_string_shows_no_personal_data() {
        InboundMail mail = new InboundMail("<d@x>", "ana@example.com", null, "Hi Bo", "Call me",
                InboundMailKind.MESSAGE, null, null, NOW);

        assertThat(mail.toString()).doesNotContain("ana").doesNotContain("Call").doesNotContain("Hi Bo");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
