package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.problem.InvalidInputException;

class ResponseFileTest {

    private static ResponseFile read(String csv) throws IOException {
        return ResponseFile.read(new StringReader(csv), new PhoneNumbers("US"));
    }

    @Test
    void aResponseNamesItsOwnerByLinePhoneOrEmailAndSaysWhatTheySaid() throws IOException {
        ResponseFile file = read("List Line,Caller Phone,Alt Phone,E-mail,Response Note\n"
                + "12,,,,wants an offer\n"
                + ",(415) 555-2671,,,\n"
                + ",,,Jo@Example.COM,call after 5\n");

        assertThat(file.rejected()).isEmpty();
        assertThat(file.responses()).extracting(ResponseFile.Response::listLine).containsExactly(12L, null, null);
        assertThat(file.responses().get(1).phones()).containsExactly("+14155552671");
        assertThat(file.responses().get(2).emails()).containsExactly("jo@example.com");
        assertThat(file.responses()).extracting(ResponseFile.Response::note)
                .containsExactly("wants an offer", null, "call after 5");
    }

    @Test
    void rowsThatNameNobodyAreRejectedWithTheirLineAndTheOthersKept() throws IOException {
        ResponseFile file = read("Line,Phone,Email\n"
                + "x,,\n"
                + ",not a phone,\n"
                + ",+44 20 7946 0958,\n"
                + ",,nobody@\n"
                + ",,\n"
                + "7,,\n"
                + ",,\n");

        assertThat(file.rejected()).extracting(r -> r.line() + ": " + r.reason()).containsExactly(
                "2: line \"x\" is not a number",
                "3: \"not a phone\" is not a phone number",
                "4: \"+44 20 7946 0958\" is not a North American number",
                "5: \"nobody@\" is not an email address");
        assertThat(file.responses()).extracting(ResponseFile.Response::line).containsExactly(7L);
    }

    @Test
    void aFileWithoutAColumnToMatchByIsRefusedWhole() {
        assertThatThrownBy(() -> read("Name,Street\nA,B\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a header");
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }
}
