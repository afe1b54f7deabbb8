package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.lead.entity.TestLeads.MOBILE;
import static org.realtycrm.lead.entity.TestLeads.WORK;
import static org.realtycrm.lead.entity.TestLeads.lead;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadContactTest {

    private static final Phone HOME = new Phone("+12127365000", PhoneType.HOME);

    @Test
    void stripsNamesAndTrimsAndLowerCasesTheEmail() {
        Lead lead = lead();

        lead.changeContact(new ContactDetails("  Maria ", " Lopez\t", "  Maria.Lopez@Example.COM ", List.of(MOBILE)));

        assertThat(lead.getFirstName()).isEqualTo("Maria");
        assertThat(lead.getLastName()).isEqualTo("Lopez");
        assertThat(lead.getEmail()).isEqualTo("maria.lopez@example.com");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void requiresAFirstName(String firstName) {
        Lead lead = lead();

        assertThat(rejectedField(() -> lead.changeContact(contact(firstName, "maria@example.com", List.of())))
                .field()).isEqualTo("firstName");
    }

    @Test
    void treatsABlankLastNameAsNone() {
        Lead lead = lead();

        lead.changeContact(new ContactDetails("Maria", "  ", "maria@example.com", List.of()));

        assertThat(lead.getLastName()).isNull();
    }

    @Test
    void limitsNamesTo80Characters() {
        Lead lead = lead();
        String eighty = "M".repeat(80);

        lead.changeContact(new ContactDetails(eighty, eighty, "maria@example.com", List.of()));

        assertThat(lead.getFirstName()).isEqualTo(eighty);
        assertThat(rejectedField(() -> lead.changeContact(contact(eighty + "M", "maria@example.com", List.of())))
                .field()).isEqualTo("firstName");
        assertThat(rejectedField(() -> lead.changeContact(
                new ContactDetails("Maria", eighty + "L", "maria@example.com", List.of()))).field())
                .isEqualTo("lastName");
    }

    @Test
    void needsAnEmailOrAPhone() {
        Lead lead = lead();

        assertThat(rejectedField(() -> lead.changeContact(contact("Maria", "  ", null))).field())
                .isEqualTo("email");
        lead.changeContact(contact("Maria", null, List.of(WORK)));
        assertThat(lead.getEmail()).isNull();
        lead.changeContact(contact("Maria", "maria@example.com", List.of()));
        assertThat(lead.getPhones()).isEmpty();
    }

    @Test
    void refusesAMalformedEmail() {
        Lead lead = lead();

        assertThat(rejectedField(() -> lead.changeContact(contact("Maria", "maria at example", List.of(MOBILE))))
                .field()).isEqualTo("email");
    }

    @Test
    void refusesTheSameNumberTwiceNamingTheRepeat() {
        Lead lead = lead();
        Phone sameNumberAsWork = new Phone(WORK.number(), PhoneType.OTHER);

        assertThat(rejectedField(() -> lead.changeContact(contact("Maria", null, List.of(WORK, sameNumberAsWork))))
                .field()).isEqualTo("phones[1].number");
        assertThat(rejectedField(() -> lead.changeContact(contact("Maria", null, List.of(MOBILE, HOME, MOBILE))))
                .field()).isEqualTo("phones[2].number");
    }

    @Test
    void takesAtMostFivePhones() {
        Lead lead = lead();
        List<Phone> five = List.of(MOBILE, WORK, HOME, new Phone("+442079460958", PhoneType.WORK),
                new Phone("+442071838750", PhoneType.OTHER));
        List<Phone> six = new ArrayList<>(five);
        six.add(new Phone("+14155552671", PhoneType.HOME));

        lead.changeContact(contact("Maria", null, five));

        assertThat(lead.getPhones()).containsExactlyElementsOf(five);
        assertThat(rejectedField(() -> lead.changeContact(contact("Maria", null, six))).field())
                .isEqualTo("phones");
    }

    @Test
    void keepsPhonesInTheOrderGiven() {
        Lead lead = lead();

        lead.changeContact(contact("Maria", null, List.of(HOME, MOBILE, WORK)));
        lead.changeContact(contact("Maria", null, List.of(WORK, HOME)));

        assertThat(lead.getPhones()).containsExactly(WORK, HOME);
    }

    @Test
    void aRefusedChangeLeavesTheContactAsItWas() {
        Lead lead = new Lead(contact("Maria", "maria@example.com", List.of()), "Zillow", null);

        rejectedField(() -> lead.changeContact(new ContactDetails("Marie", "Dupont", null, List.of())));
        rejectedField(() -> lead.changeContact(new ContactDetails("Marie", "Dupont", "marie@example.com",
                List.of(MOBILE, MOBILE))));

        assertThat(lead.getFirstName()).isEqualTo("Maria");
        assertThat(lead.getLastName()).isNull();
        assertThat(lead.getEmail()).isEqualTo("maria@example.com");
        assertThat(lead.getPhones()).isEmpty();
    }

    private static ContactDetails contact(String firstName, String email, List<Phone> phones) {
        return new ContactDetails(firstName, null, email, phones);
    }
}
