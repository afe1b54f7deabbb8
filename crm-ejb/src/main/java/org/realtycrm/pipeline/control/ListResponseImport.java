package org.realtycrm.pipeline.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.realtycrm.lead.control.ImportRouting;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Records responses on the rows of a list they answer, in the caller's transaction, and brings those owners in as
 * leads: a responder who is a lead already merges into it (and scores hotter: the scorecard counts responding), one
 * who is not becomes one, with the phone or email they answered from besides the trace's.
 */
@ApplicationScoped
public class ListResponseImport {

    private static final String CONTACTS = "select line, contacts from pipeline_rows where pull_id = ? "
            + "and contacts is not null order by line";

    private static final String LINES = "select line from pipeline_rows where pull_id = ? and line = any(?)";

    private static final String RESPONDED = "update pipeline_rows set responded_at = coalesce(responded_at, now()), "
            + "response_note = coalesce(?, response_note) where pull_id = ? and line = ? and responded_at is null";

    private static final String NOTE = "update pipeline_rows set response_note = ? where pull_id = ? and line = ?";

    private static final String COUNT = "update pipeline_pulls set responses = responses + ?, version = version + 1 "
            + "where id = ?";

    @Inject
    ListLeads leads;

    @Inject
    ImportRouting routing;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * What recording a file of responses did.
     *
     * @param matched       the responses that found their row
     * @param owners        the rows (owners) they name
     * @param newResponders the owners who had not responded before
     */
    public record Recorded(int matched, int owners, int newResponders, ListLeads.Imported imported,
            List<ResponseFile.Rejected> rejected) {
    }

    public Recorded record(ListLeads.ListOrigin origin, ResponseFile file) {
        Map<Long, List<ResponseFile.Response>> byLine = new LinkedHashMap<>();
        List<ResponseFile.Rejected> rejected = new ArrayList<>(file.rejected());
        leads.waitForTurn(); // before the rows are marked: the run's import takes the same turn, then the same rows
        // on the persistence context's connection, done before ListLeads stores anything through it (see there)
        Marked marked = em.unwrap(Session.class).doReturningWork(db -> {
            match(db, origin.pullId(), file.responses(), byLine, rejected);
            int first = mark(db, origin.pullId(), byLine);
            return new Marked(first, PulledOwners.at(db, origin.pullId(), byLine.keySet()));
        });
        int newResponders = marked.newResponders();
        List<PulledOwner> owners = new ArrayList<>();
        for (PulledOwner owner : marked.owners()) {
            owners.add(owner.withContacts(withAnswers(owner.contacts(), byLine.get(owner.line()))));
        }
        ListLeads.Imported imported = owners.isEmpty() ? new ListLeads.Imported(0, 0, 0)
                : leads.importOwners(origin, owners,
                        routing::place,
                        "list-responses:" + origin.pullId() + ":" + UUID.randomUUID());
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        int matched = byLine.values().stream().mapToInt(List::size).sum();
        return new Recorded(matched, byLine.size(), newResponders, imported, rejected);
    }

    private record Marked(int newResponders, List<PulledOwner> owners) {
    }

    /** Finds the row each response names: by line, else by a phone or email the trace found for the owner. */
    private static void match(Connection db, long pullId, List<ResponseFile.Response> responses,
            Map<Long, List<ResponseFile.Response>> byLine, List<ResponseFile.Rejected> rejected) throws SQLException {
        Set<Long> wantedLines = new HashSet<>();
        Set<String> wantedKeys = new HashSet<>();
        for (ResponseFile.Response response : responses) {
            if (response.listLine() != null) {
                wantedLines.add(response.listLine());
            } else {
                wantedKeys.addAll(response.phones());
                wantedKeys.addAll(response.emails());
            }
        }
        Set<Long> lines = existingLines(db, pullId, wantedLines);
        Map<String, Long> lineOfKey = wantedKeys.isEmpty() ? Map.of() : linesOfContacts(db, pullId, wantedKeys);
        for (ResponseFile.Response response : responses) {
            Long line = response.listLine();
            if (line != null && !lines.contains(line)) {
                rejected.add(new ResponseFile.Rejected(response.line(), "the list has no kept row at line " + line));
                continue;
            }
            if (line == null) {
                line = response.phones().stream().map(lineOfKey::get).filter(l -> l != null).findFirst()
                        .orElseGet(() -> response.emails().stream().map(lineOfKey::get).filter(l -> l != null)
                                .findFirst().orElse(null));
            }
            if (line == null) {
                rejected.add(new ResponseFile.Rejected(response.line(),
                        "no owner of this list has " + String.join(" or ", names(response))));
                continue;
            }
            byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(response);
        }
    }

    private static List<String> names(ResponseFile.Response response) {
        List<String> names = new ArrayList<>(response.phones());
        names.addAll(response.emails());
        return names;
    }

    private static Set<Long> existingLines(Connection db, long pullId, Set<Long> wanted) throws SQLException {
        Set<Long> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.prepareStatement(LINES)) {
            select.setLong(1, pullId);
            select.setArray(2, db.createArrayOf("bigint", wanted.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }

    /** The first line whose traced contacts hold each wanted phone or email (contacts are sealed: read them all). */
    private static Map<String, Long> linesOfContacts(Connection db, long pullId, Set<String> wanted)
            throws SQLException {
        FieldCipher cipher = FieldCiphers.current();
        Map<String, Long> found = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(CONTACTS)) {
            select.setFetchSize(2_000);
            select.setLong(1, pullId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && found.size() < wanted.size()) {
                    long line = rows.getLong(1);
                    ContactsJson.Contacts contacts = ContactsJson.read(cipher.open(rows.getString(2)));
                    contacts.phones().stream().map(TracedPhone::number).filter(wanted::contains)
                            .forEach(number -> found.putIfAbsent(number, line));
                    contacts.emails().stream().filter(wanted::contains)
                            .forEach(email -> found.putIfAbsent(email, line));
                }
            }
        }
        return found;
    }

    /** @return how many rows responded for the first time */
    private static int mark(Connection db, long pullId, Map<Long, List<ResponseFile.Response>> byLine)
            throws SQLException {
        int first = 0;
        try (PreparedStatement responded = db.prepareStatement(RESPONDED);
                PreparedStatement note = db.prepareStatement(NOTE)) {
            for (Map.Entry<Long, List<ResponseFile.Response>> entry : byLine.entrySet()) {
                String said = entry.getValue().stream().map(ResponseFile.Response::note).filter(n -> n != null)
                        .reduce((a, b) -> a + " / " + b).map(n -> n.length() > ResponseFile.MAX_NOTE
                                ? n.substring(0, ResponseFile.MAX_NOTE) : n).orElse(null);
                responded.setString(1, said);
                responded.setLong(2, pullId);
                responded.setLong(3, entry.getKey());
                int marked = responded.executeUpdate();
                first += marked;
                if (marked == 0 && said != null) {
                    note.setString(1, said);
                    note.setLong(2, pullId);
                    note.setLong(3, entry.getKey());
                    note.executeUpdate();
                }
            }
        }
        try (PreparedStatement count = db.prepareStatement(COUNT)) {
            count.setInt(1, first);
            count.setLong(2, pullId);
            count.executeUpdate();
        }
        return first;
    }

    /** The trace's contacts and the phones and emails the owner answered from. */
    private static ContactsJson.Contacts withAnswers(ContactsJson.Contacts traced,
            List<ResponseFile.Response> answers) {
        List<TracedPhone> phones = new ArrayList<>(traced.phones());
        List<String> emails = new ArrayList<>(traced.emails());
        for (ResponseFile.Response answer : answers) {
            for (String number : answer.phones()) {
                if (phones.stream().noneMatch(p -> p.number().equals(number))) {
                    phones.add(0, new TracedPhone(number, LineType.UNKNOWN, false, false));
                }
            }
            for (String email : answer.emails()) {
                if (!emails.contains(email)) {
                    emails.add(0, email);
                }
            }
        }
        return new ContactsJson.Contacts(phones, emails);
    }
}
