package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadPlacement;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.LeadSignals;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.pipeline.control.OwnerMatches.Target;
import org.realtycrm.pipeline.entity.ContactsJson;

class LeadMergeTest {

    private static final Phone HOME = new Phone("+16175550101", PhoneType.HOME);
    private static final Phone MOBILE = new Phone("+16175550102", PhoneType.MOBILE);

    private static OwnerContacts owner(long line, String email, Phone... phones) {
        Map<Phone, String> indexed = new LinkedHashMap<>();
        for (Phone phone : phones) {
            indexed.put(phone, "index-" + phone.number());
        }
        PulledOwner row = new PulledOwner(line, 7, "Jane Doe", "Jane", "Doe", false, ContactsJson.Contacts.NONE,
                LeadSignals.NONE, null, null);
        return new OwnerContacts(row, email, email == null ? null : "index-" + email, indexed);
    }

    private static Target target(String email, Phone... phones) {
        return new Target(Target.Kind.EXISTING, 1L, -1, "same phone", email, List.of(phones));
    }

    private static Lead lead(Temperature temperature, String email, Phone... phones) {
        Lead lead = new Lead(new ContactDetails("Janet", "Doe-Smith", email, List.of(phones)), "Open house", null);
        lead.changeTemperature(temperature);
        return lead;
    }

    @Test
    void theLeadTakesThePhonesAndEmailItLacksButKeepsItsNameAndSource() {
        Lead lead = lead(Temperature.COLD, null, HOME);

        LeadMerge merge = LeadMerge.into(lead, owner(4, "jane@example.com", HOME, MOBILE),
                target("jane@example.com", HOME, MOBILE), new LeadScore(10, Temperature.COLD, List.of()));

        assertThat(lead.getPhones()).containsExactly(HOME, MOBILE);
        assertThat(lead.getEmail()).isEqualTo("jane@example.com");
        assertThat(lead.fullName()).isEqualTo("Janet Doe-Smith");
        assertThat(lead.getSource()).isEqualTo("Open house");
        assertThat(merge.changes()).containsOnlyKeys("email", "phones");
        assertThat(merge.summary("list a.csv, line 4"))
                .isEqualTo("Merged from list a.csv, line 4 (same phone): took email, phones; score 10 (cold)");
    }

    @Test
    void anEmailTheLeadHasStaysAndFivePhonesAreTheMost() {
        Lead lead = lead(Temperature.WARM, "old@example.com", new Phone("+16175550103", PhoneType.HOME),
                new Phone("+16175550104", PhoneType.HOME), new Phone("+16175550105", PhoneType.HOME),
                new Phone("+16175550106", PhoneType.HOME));

        LeadMerge.into(lead, owner(2, "new@example.com", HOME, MOBILE), target("new@example.com", HOME, MOBILE),
                new LeadScore(0, Temperature.COLD, List.of()));

        assertThat(lead.getEmail()).isEqualTo("old@example.com");
        assertThat(lead.getPhones()).hasSize(Lead.MAX_PHONES).contains(HOME).doesNotContain(MOBILE);
    }

    @Test
    void aListWarmsALeadButNeverCoolsIt() {
        Lead cold = lead(Temperature.COLD, null, HOME);
        Lead hot = lead(Temperature.HOT, null, HOME);

        LeadMerge.into(cold, owner(2, null, HOME), target(null, HOME), new LeadScore(30, Temperature.WARM, List.of()));
        LeadMerge nothing = LeadMerge.into(hot, owner(2, null, HOME), target(null, HOME),
                new LeadScore(30, Temperature.WARM, List.of()));

        assertThat(cold.getTemperature()).isEqualTo(Temperature.WARM);
        assertThat(hot.getTemperature()).isEqualTo(Temperature.HOT);
        assertThat(nothing.changes()).isEmpty();
        assertThat(nothing.summary("list a.csv, line 2")).contains("nothing new");
    }

    @Test
    void aNewLeadJoinedByTheOwnersOtherRowsSaysWhichLinesItCameFrom() {
        OwnerContacts first = owner(3, null, HOME);
        NewLead lead = NewLead.of(first, new Target(Target.Kind.NEW, null, 0, null, null, List.of(HOME)),
                "List: Winter", new LeadScore(20, Temperature.COLD, List.of("absentee owner: +10")), null);
        lead.place(new LeadPlacement(null, null, null, null, null, "unassigned (no agent on duty)", null, List.of()),
                null);

        lead.absorb(owner(4, null, MOBILE), new Target(Target.Kind.SAME_AS_NEW, null, 0, "same phone", null,
                List.of(MOBILE)), new LeadScore(60, Temperature.HOT, List.of("responded: +50")));

        assertThat(lead.lead().getPhones()).containsExactly(HOME, MOBILE);
        assertThat(lead.lead().getTemperature()).isEqualTo(Temperature.HOT);
        assertThat(lead.summary("list a.csv, line 3")).isEqualTo("Created from list a.csv, line 3 (also line 4),"
                + " unassigned (no agent on duty); score 60 (hot): responded: +50");
    }

    @Test
    void aNewLeadGoesWhereTheRulesPlacedItAndSaysHow() {
        LeadScore score = new LeadScore(20, Temperature.COLD, List.of("absentee owner: +10"));
        Target target = new Target(Target.Kind.NEW, null, 0, null, null, List.of(HOME));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        User ana = new User("ana@example.com", "Ana Lopez", Role.AGENT, "hash");
        NewLead routed = NewLead.of(owner(3, null, HOME), target, "List: Winter", score, null);
        NewLead ponded = NewLead.of(owner(4, null, HOME), target, "List: Winter", score, null);

        routed.place(new LeadPlacement(7L, null, 11L, now, now.plusSeconds(900),
                "routed by rule \u201cWinter\u201d to Ana Lopez", null, List.of()), ana);
        ponded.place(new LeadPlacement(null, 5L, 12L, null, null, "put in pond Austin by rule \u201cOwners\u201d",
                "Austin", List.of(7L)), null);

        assertThat(routed.lead().getAssignedAgent()).isSameAs(ana);
        assertThat(routed.lead().getRoutingRuleId()).isEqualTo(11L);
        assertThat(routed.lead().getContactDueAt()).isEqualTo(now.plusSeconds(900));
        assertThat(routed.summary("list a.csv, line 3")).isEqualTo("Created from list a.csv, line 3, routed by rule"
                + " \u201cWinter\u201d to Ana Lopez; score 20 (cold): absentee owner: +10");
        assertThat(ponded.lead().getAssignedAgent()).isNull();
        assertThat(ponded.lead().getPondId()).isEqualTo(5L);
        assertThat(ponded.lead().getRoutingRuleId()).isEqualTo(12L);
        assertThat(ponded.summary("list a.csv, line 4")).contains(", put in pond Austin by rule");
    }
}
