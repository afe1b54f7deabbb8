package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadSignals;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.pipeline.control.OwnerMatches.Target;
import org.realtycrm.pipeline.entity.ContactsJson;

class OwnerMatchesTest {

    private static final Phone ONE = new Phone("+16175550101", PhoneType.MOBILE);
    private static final Phone TWO = new Phone("+16175550102", PhoneType.HOME);

    /** An owner of property {@code property} named Jane Doe (or a company), with blind indexes "i-<value>". */
    private static OwnerContacts owner(long line, long property, String lastName, Long leadId, String email,
            Phone... phones) {
        Map<Phone, String> indexed = new LinkedHashMap<>();
        for (Phone phone : phones) {
            indexed.put(phone, "i-" + phone.number());
        }
        PulledOwner row = new PulledOwner(line, property, "Jane " + lastName, "Jane", lastName, false,
                ContactsJson.Contacts.NONE, LeadSignals.NONE, null, leadId);
        return new OwnerContacts(row, email, email == null ? null : "i-" + email, indexed);
    }

    private static List<Target> decide(Map<String, Long> heldBy, Set<Long> live, OwnerContacts... owners) {
        return OwnerMatches.decideAll(List.of(owners), heldBy, live);
    }

    @Test
    void anOwnerNobodyHoldsIsANewLeadWithEverythingTheyHave() {
        Target target = decide(Map.of(), Set.of(), owner(2, 7, "Doe", null, "jane@example.com", ONE, TWO)).get(0);

        assertThat(target.kind()).isEqualTo(Target.Kind.NEW);
        assertThat(target.email()).isEqualTo("jane@example.com");
        assertThat(target.phones()).containsExactly(ONE, TWO);
        assertThat(target.outcome()).isEqualTo("CREATED");
    }

    @Test
    void theEmailDecidesBeforeAPhoneAndAPhoneAnotherLeadHoldsStaysWithIt() {
        Map<String, Long> heldBy = Map.of("e:i-jane@example.com", 10L, "p:i-" + TWO.number(), 20L);

        Target target = decide(heldBy, Set.of(), owner(2, 7, "Doe", null, "jane@example.com", ONE, TWO)).get(0);

        assertThat(target.kind()).isEqualTo(Target.Kind.EXISTING);
        assertThat(target.leadId()).isEqualTo(10L);
        assertThat(target.why()).isEqualTo("same email");
        assertThat(target.phones()).as("lead 20 keeps its number").containsExactly(ONE);
    }

    @Test
    void theOwnerOfTheSamePropertyUnderTheSameSurnameIsTheSameLeadAndAnotherSurnameIsNot() {
        Map<String, Long> heldBy = Map.of("o:" + OwnerContacts.ownerKey(7, "Janet", "DOE"), 30L);

        List<Target> targets = decide(heldBy, Set.of(), owner(2, 7, "Doe", null, null, ONE),
                owner(3, 7, "Roe", null, null, TWO));

        assertThat(targets.get(0).leadId()).isEqualTo(30L);
        assertThat(targets.get(0).why()).isEqualTo("owner of the same property");
        assertThat(targets.get(1).kind()).as("the house sold: a new owner").isEqualTo(Target.Kind.NEW);
    }

    @Test
    void laterRowsOfTheSameOwnerJoinTheLeadTheChunkMakesAndTakeWhatIsNew() {
        List<Target> targets = decide(Map.of(), Set.of(), owner(2, 7, "Doe", null, null, ONE),
                owner(3, 8, "Doe", null, "jane@example.com", ONE, TWO));

        assertThat(targets.get(1).kind()).isEqualTo(Target.Kind.SAME_AS_NEW);
        assertThat(targets.get(1).newLeadRow()).isZero();
        assertThat(targets.get(1).why()).isEqualTo("same phone");
        assertThat(targets.get(1).phones()).containsExactly(ONE, TWO);
        assertThat(targets.get(1).outcome()).isEqualTo("MERGED");
    }

    @Test
    void aRowsOwnLeadComesFirstWhileItLivesAndNobodyToReachIsNobody() {
        Map<String, Long> heldBy = new HashMap<>(Map.of("p:i-" + ONE.number(), 40L));

        List<Target> targets = decide(heldBy, Set.of(50L), owner(2, 7, "Doe", 50L, null, ONE),
                owner(3, 9, "Poe", null, null), owner(4, 7, "Doe", 60L, null));

        assertThat(targets.get(0).leadId()).as("the lead this row became").isEqualTo(50L);
        assertThat(targets.get(0).phones()).as("lead 40 holds it").isEmpty();
        assertThat(targets.get(1).kind()).isEqualTo(Target.Kind.NONE);
        assertThat(targets.get(2).kind()).as("its lead is gone; the same owner's row 2 holds the property now")
                .isEqualTo(Target.Kind.EXISTING);
        assertThat(targets.get(2).leadId()).isEqualTo(50L);
    }
}
