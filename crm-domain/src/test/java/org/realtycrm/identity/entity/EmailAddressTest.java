package org.realtycrm.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesSoThatDuplicatesCompareEqual() {
        assertThat(EmailAddress.normalize("email", "  Maria.Lopez@Example.COM\t"))
                .isEqualTo(EmailAddress.normalize("email", "maria.lopez@example.com"))
                .isEqualTo("maria.lopez@example.com");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void treatsABlankEmailAsNone(String raw) {
        assertThat(EmailAddress.normalize("email", raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria", "maria@example", "@example.com", "maria@", "maria@@example.com",
            "maria lopez@example.com", "maria@exa mple.com", "ma\u0000ria@example.com", "maria@exam\u0007ple.com"})
    void refusesWhatIsNotShapedLikeAnEmailNamingTheField(String raw) {
        assertThat(rejectedField(() -> EmailAddress.normalize("contact.email", raw)))
                .isEqualTo(new FieldError("contact.email", "is not a valid email address"));
    }

    @Test
    void acceptsExactlyWhatTheRegularExpressionItReplacedAccepted() {
        Pattern shape = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");
        char[] alphabet = {'a', '@', '.', ' ', '\t', '\u007f', 'é', '\u0001'};
        List<String> strings = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 6; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                if (s.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(s + c);
                    }
                }
            }
            strings.addAll(longer);
        }

        assertThat(strings).hasSize(299_593).allSatisfy(s ->
                assertThat(EmailAddress.wellShaped(s)).as("'%s'", s).isEqualTo(shape.matcher(s).matches()));
    }

    @Test
    void acceptsAddressesUpTo254Characters() {
        String domain = "@example.com";
        String longest = "m".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain;

        assertThat(EmailAddress.normalize("email", longest)).hasSize(254);
        assertThat(rejectedField(() -> EmailAddress.normalize("email", "m" + longest)).field()).isEqualTo("email");
    }
}
