package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SignUpFormTest {

    @Test
    void goesToTheCoreWithThePasswordExactlyAsTypedAndTheVisitorsAddress() {
        SignUpForm form = SignUpForm.from(Map.of("firstName", " Vera ", "lastName", "Client", "email",
                "vera@example.com", "phone", " ", "password", " correct horse ")::get);

        assertThat(form.json("203.0.113.9").toString()).isEqualTo("{\"firstName\":\"Vera\",\"lastName\":\"Client\","
                + "\"email\":\"vera@example.com\",\"password\":\" correct horse \",\"clientAddress\":\"203.0.113.9\"}");
        assertThat(form.toString()).doesNotContain("correct horse");
        assertThat(form.withoutPassword().password()).isNull();
        assertThat(form.withoutPassword().firstName()).isEqualTo("Vera");
    }

    @Test
    void whatIsMissingIsSentAsNullForTheCoreToName() {
        assertThat(SignUpForm.from(Map.of("phone", "512 555 0100")::get).json("2001:db8:1:2::/64").toString())
                .isEqualTo("{\"firstName\":null,\"lastName\":null,\"email\":null,\"phone\":\"512 555 0100\","
                        + "\"password\":null,\"clientAddress\":\"2001:db8:1:2::/64\"}");
    }
}
