package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email that only asks to stop: its subject or the first line that says anything is "unsubscribe", "remove me",
 * "stop" or "opt out" alone, in any case, with punctuation; a sentence that holds the word is a message.
 */
class UnsubscribeWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"unsubscribe", "UNSUBSCRIBE", "Unsubscribe.", "  unsubscribe!! ", "Remove me",
            "remove me!", "STOP", "Stop.", "opt-out", "Opt out", "optout", "Unsubscribe me", "\"stop\""})
    void the_request_alone_in_the_body_is_one(String line) {
        assertThat(UnsubscribeWords.asked("Re: Open house on Elm St", "\n\n" + line + "\n\nOn Mon, Bo wrote:\n> Hi"))
                .as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unsubscribe", "RE: unsubscribe", "Re: Re: STOP", "Fwd: remove me", "AW: Stop!"})
    void the_request_alone_in_the_subject_is_one(String subject) {
        assertThat(UnsubscribeWords.asked(subject, "Sent from my phone")).as(subject).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stop by on Saturday?", "Please don't unsubscribe me, I like these",
            "remove me from the showing list for Elm, keep me on for Oak", "Yes, call me after 5", "stopping",
            "unsubscribed"})
    void a_sentence_with_the_word_is_a_message(String line) {
        assertThat(UnsubscribeWords.asked("Re: Open house", line)).as(line).isFalse();
    }

    @Test
    void only_the_first_line_that_says_anything_counts() {
        assertThat(UnsubscribeWords.asked("Re: news", "  \n-- \n\nStop\n")).as("a line of dashes says nothing")
                .isTrue();
        assertThat(UnsubscribeWords.asked("Re: news", "Thanks, tell me more\n\nstop")).isFalse();
        assertThat(UnsubscribeWords.asked(null, null)).isFalse();
        assertThat(UnsubscribeWords.asked("", "")).isFalse();
    }
}
