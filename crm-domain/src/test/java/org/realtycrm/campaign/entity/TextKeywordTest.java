package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an inbound text is taken as: each of the carriers' and the CTIA's opt-out, opt-in and help words, in any case,
 * with spaces around it and a trailing full stop or exclamation mark; anything longer than the one word (or nothing)
 * is a message.
 */
class TextKeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "STOPALL", "REVOKE", "OPTOUT"})
    void every_opt_out_word_opts_out(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "YES", "UNSTOP"})
    void every_opt_in_word_opts_in(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "INFO"})
    void help_and_info_ask_for_help(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "Stop", "sToP", "unsubscribe", "OptOut", "stopAll"})
    void the_case_of_an_opt_out_word_does_not_matter(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "Yes", "unStop"})
    void the_case_of_an_opt_in_word_does_not_matter(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "Info", "hElP"})
    void the_case_of_a_help_word_does_not_matter(String word) {
        assertThat(TextKeyword.of(word)).isEqualTo(TextKeyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {" STOP", "STOP ", "  stop  ", "\tStop\n", "stop.", "STOP!", "Stop!!", "stop .",
            " stop! ", "stop.!"})
    void spaces_around_the_word_and_a_trailing_full_stop_or_exclamation_mark_do_not_matter(String body) {
        assertThat(TextKeyword.of(body)).isEqualTo(TextKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {" yes! ", "Start.", " help. ", "INFO!"})
    void the_other_keywords_are_read_the_same_way(String body) {
        assertThat(TextKeyword.of(body)).isNotEqualTo(TextKeyword.MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"opt out", "Opt-Out", "OPT OUT!", "STOP-ALL", "stop all", "opt-out!!!!!!!!!!!!!!!!!!!!!!"})
    void a_keyword_written_as_two_words_is_the_keyword(String body) {
        assertThat(TextKeyword.of(body)).isEqualTo(TextKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop please", "Stop it", "STOP STOP", "please stop", "Stop texting me",
            "please unsubscribe", "I said STOP", "Quit sending these"})
    void a_short_reply_that_begins_or_ends_by_asking_to_stop_opts_out(String body) {
        assertThat(TextKeyword.of(body)).isEqualTo(TextKeyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes please", "help me", "stopp", "   ", ".", "!", "cancel my showing please",
            "the end of the street", "I will stop by the open house on Saturday afternoon with my wife"})
    void anything_else_is_a_message(String body) {
        assertThat(TextKeyword.of(body)).isEqualTo(TextKeyword.MESSAGE);
    }

    @Test
    void the_word_on_record_is_the_keyword_as_one_word() {
        assertThat(TextKeyword.wordOf(" Opt-out!!!" + "!".repeat(300))).isEqualTo("OPTOUT");
        assertThat(TextKeyword.wordOf("Stop texting me please")).isEqualTo("STOP TEXTING ME");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void no_body_is_a_message(String body) {
        assertThat(TextKeyword.of(body)).isEqualTo(TextKeyword.MESSAGE);
    }
}
