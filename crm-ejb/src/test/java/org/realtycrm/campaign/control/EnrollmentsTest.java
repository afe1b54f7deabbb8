package org.realtycrm.campaign.control;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drip's source filter is "begins with": its LIKE pattern (escape character {@code \}) takes the prefix's own
 * {@code %}, {@code _} and {@code \} literally and adds the one wildcard at the end.
 */
class EnrollmentsTest {

    /** What PostgreSQL's {@code like ... escape '\'} does, as a regular expression, to test the patterns by use. */
    private static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    @Test
    void a_plain_prefix_gets_the_wildcard_after_it() {
        assertThat(Enrollments.likePrefix("Zillow")).isEqualTo("Zillow%");
        assertThat(Enrollments.likePrefix("Open house")).isEqualTo("Open house%");
    }

    @Test
    void an_empty_prefix_matches_everything() {
        assertThat(Enrollments.likePrefix("")).isEqualTo("%");
    }

    @Test
    void percent_and_underscore_are_escaped() {
        assertThat(Enrollments.likePrefix("50%_off")).isEqualTo("50\\%\\_off%");
    }

    @Test
    void a_backslash_is_escaped_once_and_before_the_other_escapes() {
        assertThat(Enrollments.likePrefix("a\\b")).isEqualTo("a\\\\b%");
        // the backslash the prefix holds and the ones the escaping adds are told apart
        assertThat(Enrollments.likePrefix("\\%")).isEqualTo("\\\\\\%%");
        assertThat(Enrollments.likePrefix("\\_")).isEqualTo("\\\\\\_%");
    }

    @Test
    void the_pattern_matches_the_sources_that_begin_with_the_prefix_and_no_others() {
        String pattern = Enrollments.likePrefix("web_50%\\x");

        assertThat(like("web_50%\\x", pattern)).isTrue();
        assertThat(like("web_50%\\x campaign", pattern)).isTrue();
        assertThat(like("webX50%\\x", pattern)).isFalse(); // _ is not any character
        assertThat(like("web_50 and more\\x", pattern)).isFalse(); // % is not any text
        assertThat(like("web_50%x", pattern)).isFalse(); // the backslash is a character of its own
        assertThat(like("my web_50%\\x", pattern)).isFalse(); // a prefix, not a part
    }

    @Test
    void the_test_like_helper_reads_wildcards_as_the_database_does() {
        assertThat(like("Zillow Premier", "Zillow%")).isTrue();
        assertThat(like("Zxllow", "Z_llow")).isTrue();
        assertThat(like("Z_llow", "Z\\_llow")).isTrue();
        assertThat(like("Zxllow", "Z\\_llow")).isFalse();
    }
}
