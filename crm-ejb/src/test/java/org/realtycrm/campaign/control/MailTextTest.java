package org.realtycrm.campaign.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Words into HTML as text, and an HTML email's words back as text. */
class MailTextTest {

    @Test
    void text_is_escaped_into_html() {
        assertThat(MailText.escape("<b>Tom & \"Jo's\"</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jo&#39;s&quot;&lt;/b&gt;");
        assertThat(MailText.escape(null)).isEmpty();
    }

    @Test
    void html_becomes_its_words_a_line_per_block() {
        assertThat(MailText.plain("<div dir=\"ltr\">Hi Bo,<br>Tuesday works.<br/></div><div><br></div>"
                + "<blockquote>On Mon &lt;bo@x&gt; wrote:<p>Open house</p></blockquote>"))
                .isEqualTo("Hi Bo,\nTuesday works.\n\nOn Mon <bo@x> wrote:\nOpen house");
    }

    @Test
    void scripts_styles_comments_and_the_head_say_nothing() {
        assertThat(MailText.plain("<html><head><title>x</title><style>.a{}</style></head><body><!-- tracking -->"
                + "<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT>Yes</body></html>")).isEqualTo("Yes");
    }

    @Test
    void entities_are_read_and_a_broken_one_left() {
        assertThat(MailText.plain("caf&#233; &#x1F3E0; &quot;now&quot;&nbsp;&apos;ok&apos; &bogus; &#0;"))
                .isEqualTo("café \uD83C\uDFE0 \"now\" 'ok' &bogus;");
    }

    @Test
    void an_element_left_open_hides_the_rest() {
        assertThat(MailText.plain("Yes<style>p{}")).isEqualTo("Yes");
        assertThat(MailText.plain("Yes<!-- never closed")).isEqualTo("Yes");
        assertThat(MailText.plain("a < b, c > d")).isEqualTo("a  d");
    }

    @Test
    void letters_that_lower_case_longer_move_no_cut() {
        assertThat(MailText.plain("\u0130stanbul \u0130\u0130\u0130<style>p{}</style>Yes<SCRIPT>x</Script>, call me"))
                .isEqualTo("\u0130stanbul \u0130\u0130\u0130Yes, call me");
        assertThat(MailText.plain("\u0130<!-- a -->b")).isEqualTo("\u0130b");
        assertThat(MailText.plain("<title>x</t\u0130tle>hidden</title>shown"))
                .as("only ASCII letters match in any case").isEqualTo("shown");
    }

    @Test
    void markup_made_to_be_slow_is_read_in_one_pass_and_only_its_first_part() {
        String unclosed = "<style>".repeat(MailText.MAX_HTML_READ) + "never read";
        String brackets = "<".repeat(MailText.MAX_HTML_READ) + "words";
        String comments = "<!-- -->x".repeat(MailText.MAX_HTML_READ / 9);

        long started = System.nanoTime();
        assertThat(MailText.plain(unclosed)).isEmpty();
        assertThat(MailText.plain(brackets)).doesNotContain("words");
        assertThat(MailText.plain(comments)).startsWith("xxx");
        assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(2_000_000_000L);
        assertThat(MailText.plain(null)).isEmpty();
    }
}
