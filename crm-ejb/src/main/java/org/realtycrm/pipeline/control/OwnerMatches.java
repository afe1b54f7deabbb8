package org.realtycrm.pipeline.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.realtycrm.lead.entity.Phone;

/**
 * Decides, for each owner of a chunk, which lead they are: a live lead with the same email or phone, or linked as
 * the owner of the same property under the same name (in that order), an earlier owner of the same chunk, or a new
 * lead; or nobody, when there is no way to reach them. Also which of their phones and email the lead may take: a
 * number or address that is another live lead's stays with that lead (the unique indexes allow one holder).
 */
final class OwnerMatches {

    private static final String LIVE = "select id from leads where id = any(?) and deleted_at is null";

    // Each key is looked up on its own (a lateral subquery that limits or sorts is never flattened into a join):
    // given a chunk's thousand keys at once, the planner prefers a hash join over a sequential scan of all leads (or
    // all phones), which costs a chunk more the more leads there are; a thousand index probes cost the same at any
    // size.
    private static final String BY_EMAIL = "select k.key, l.id from unnest(?::text[]) as k(key) "
            + "cross join lateral (select id from leads where email_index = k.key and deleted_at is null limit 1) l";

    private static final String BY_PHONE = "select k.key, p.lead_id from unnest(?::text[]) as k(key) "
            + "cross join lateral (select lead_id from lead_phones where number_index = k.key and not lead_deleted "
            + "limit 1) p";

    private static final String BY_PROPERTY = "select k.property_id, o.id, o.first_name, o.last_name "
            + "from unnest(?::bigint[]) as k(property_id) cross join lateral (select l.id, l.first_name, l.last_name "
            + "from lead_properties lp join leads l on l.id = lp.lead_id where lp.relation = 'OWNER_OF' "
            + "and lp.property_id = k.property_id and l.deleted_at is null order by l.id) o order by o.id";

    /**
     * Where one owner goes.
     *
     * @param leadId     the live lead they merge into ({@link Kind#EXISTING})
     * @param newLeadRow the row, earlier in the chunk, whose new lead they join ({@link Kind#SAME_AS_NEW})
     * @param why        in words, what they have in common with that lead
     * @param email      the email the lead may take ({@code null}: none)
     * @param phones     the phones the lead may take
     */
    record Target(Kind kind, Long leadId, int newLeadRow, String why, String email, List<Phone> phones) {

        enum Kind { NEW, SAME_AS_NEW, EXISTING, NONE }

        boolean createsLead() {
            return kind == Kind.NEW;
        }

        /** The row's outcome as pipeline_rows keeps it. */
        String outcome() {
            return switch (kind) {
                case NEW -> "CREATED";
                case SAME_AS_NEW, EXISTING -> "MERGED";
                case NONE -> "NO_CONTACT";
            };
        }
    }

    /** A lead an owner can be: one stored (its id), or one this chunk creates (its first row). */
    private record Ref(Long leadId, int newLeadRow) {
    }

    private final List<Target> targets;

    private OwnerMatches(List<Target> targets) {
        this.targets = targets;
    }

    List<Target> targets() {
        return targets;
    }

    static OwnerMatches find(Connection db, List<OwnerContacts> owners) throws SQLException {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<Long> properties = new HashSet<>();
        Set<Long> rowLeads = new HashSet<>();
        for (OwnerContacts owner : owners) {
            if (owner.emailIndex() != null) {
                emails.add(owner.emailIndex());
            }
            phones.addAll(owner.phones().values());
            properties.add(owner.row().propertyId());
            if (owner.row().leadId() != null) {
                rowLeads.add(owner.row().leadId());
            }
        }
        Set<Long> liveRowLeads = new HashSet<>();
        for (Object[] row : query(db, LIVE, "bigint", rowLeads)) {
            liveRowLeads.add((Long) row[0]);
        }
        // every key (e: email index, p: phone index, o: owner of a property) → the live lead holding it
        Map<String, Long> heldBy = new HashMap<>();
        for (Object[] row : query(db, BY_EMAIL, "text", emails)) {
            heldBy.put("e:" + row[0], (Long) row[1]);
        }
        for (Object[] row : query(db, BY_PHONE, "text", phones)) {
            heldBy.put("p:" + row[0], (Long) row[1]);
        }
        for (Object[] row : query(db, BY_PROPERTY, "bigint", properties)) {
            heldBy.putIfAbsent("o:" + OwnerContacts.ownerKey((Long) row[0], (String) row[2], (String) row[3]),
                    (Long) row[1]);
        }
        return new OwnerMatches(decideAll(owners, heldBy, liveRowLeads));
    }

    /**
     * Each owner's target, in the chunk's order.
     *
     * @param heldBy       the stored live leads by the keys they hold ({@code e:}/{@code p:} and a blind index,
     *                     {@code o:} and {@link OwnerContacts#ownerKey()})
     * @param liveRowLeads of the leads rows became earlier, those still live
     */
    static List<Target> decideAll(List<OwnerContacts> owners, Map<String, Long> heldBy, Set<Long> liveRowLeads) {
        Map<String, Ref> holders = new HashMap<>();
        heldBy.forEach((key, lead) -> holders.put(key, new Ref(lead, -1)));
        List<Target> targets = new ArrayList<>(owners.size());
        for (int i = 0; i < owners.size(); i++) {
            targets.add(decide(owners.get(i), i, holders, liveRowLeads));
        }
        return targets;
    }

    private static Target decide(OwnerContacts owner, int index, Map<String, Ref> holders, Set<Long> liveRowLeads) {
        Map<String, String> keys = new LinkedHashMap<>(); // key → what it is, in the order they decide
        if (owner.emailIndex() != null) {
            keys.put("e:" + owner.emailIndex(), "same email");
        }
        owner.phones().values().forEach(phoneIndex -> keys.put("p:" + phoneIndex, "same phone"));
        keys.put("o:" + owner.ownerKey(), "owner of the same property");

        Ref ref = null;
        String why = null;
        Long rowLead = owner.row().leadId();
        if (rowLead != null && liveRowLeads.contains(rowLead)) {
            ref = new Ref(rowLead, -1);
            why = "the lead this row became";
        } else {
            for (Map.Entry<String, String> key : keys.entrySet()) {
                Ref holder = holders.get(key.getKey());
                if (holder != null) {
                    ref = holder;
                    why = key.getValue();
                    break;
                }
            }
        }
        if (ref == null && !owner.reachable()) {
            return new Target(Target.Kind.NONE, null, -1, null, null, List.of());
        }
        if (ref == null) {
            ref = new Ref(null, index);
        }
        // the lead takes what no other lead holds, and holds it from now on for the rest of the chunk
        String email = null;
        if (owner.emailIndex() != null && isFreeFor(holders.get("e:" + owner.emailIndex()), ref)) {
            email = owner.email();
        }
        List<Phone> phones = new ArrayList<>();
        for (Map.Entry<Phone, String> phone : owner.phones().entrySet()) {
            if (isFreeFor(holders.get("p:" + phone.getValue()), ref)) {
                phones.add(phone.getKey());
            }
        }
        if (email != null) {
            holders.putIfAbsent("e:" + owner.emailIndex(), ref);
        }
        for (Phone phone : phones) {
            holders.putIfAbsent("p:" + owner.phones().get(phone), ref);
        }
        holders.putIfAbsent("o:" + owner.ownerKey(), ref);
        if (ref.leadId() != null) {
            return new Target(Target.Kind.EXISTING, ref.leadId(), -1, why, email, phones);
        }
        return ref.newLeadRow() == index ? new Target(Target.Kind.NEW, null, index, null, email, phones)
                : new Target(Target.Kind.SAME_AS_NEW, null, ref.newLeadRow(), why, email, phones);
    }

    private static boolean isFreeFor(Ref holder, Ref lead) {
        return holder == null || Objects.equals(holder, lead);
    }

    private static List<Object[]> query(Connection db, String sql, String type, Collection<?> values)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (values.isEmpty()) {
            return rows;
        }
        try (PreparedStatement select = db.prepareStatement(sql)) {
            Array array = db.createArrayOf(type, values.toArray());
            select.setArray(1, array);
            try (ResultSet result = select.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
