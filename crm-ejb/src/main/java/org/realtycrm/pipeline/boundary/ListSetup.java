package org.realtycrm.pipeline.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.ListField;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListRow;
import org.realtycrm.pipeline.entity.ListRowReader;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.MappedHeader;
import org.realtycrm.pipeline.entity.MappingStyle;
import org.realtycrm.pipeline.entity.RowRejectedException;
import org.realtycrm.pipeline.entity.SourceSettings;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.pipeline.entity.TargetFilters;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.platform.persistence.NativeTimestamps;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * The front of the lead pipeline as administrators set it up: campaigns' targets (criteria), how each aggregator's
 * files read (mappings, tried on a file's first rows before a source is switched on), where lists arrive (sources),
 * and what each list received became (pulls, their kept rows and rejects). Every change is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ListSetup {

    /** How many rows a preview shows. */
    public static final int PREVIEW_ROWS = 20;
    /** The most pulls or rows one answer holds. */
    public static final int MAX_LISTED = 500;

    /** A file read through a mapping, before anything is stored. */
    public record Preview(List<String> header, Map<ListField, String> missing, List<String> unmapped,
            List<String> problems, List<PreviewRow> rows) {
    }

    /** One row of a preview: what the mapping reads, whether the criteria keep it, or why it is rejected. */
    public record PreviewRow(long line, ListRow row, Boolean kept, String rejected) {
    }

    /**
     * A kept row as the pull's page lists it.
     *
     * @param leadId      the lead it became or merged into; {@code null} before the import step (or without contacts)
     * @param leadOutcome CREATED, MERGED or NO_CONTACT; {@code null} before the import step
     * @param score       its points on the scorecard when it was imported
     */
    public record PulledOwner(long line, long propertyId, String ownerName, boolean corporate, String mailingAddress,
            String traceStatus, List<TracedPhone> phones, List<String> emails, Long leadId, String leadOutcome,
            Integer score, Instant respondedAt) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    // ---- criteria

    public List<TargetCriteria> criteria() {
        return em.createQuery("select c from TargetCriteria c order by lower(c.name)", TargetCriteria.class)
                .getResultList();
    }

    public TargetCriteria criteria(long id) {
        return found(em.find(TargetCriteria.class, id), "criteria", id);
    }

    public TargetCriteria createCriteria(String name, String campaign, TargetFilters filters) {
        uniqueName("TargetCriteria", name, null);
        TargetCriteria criteria = new TargetCriteria(name, campaign, filters, currentUser.id());
        em.persist(criteria);
        em.flush();
        audit(SubjectType.LIST_CRITERIA, criteria.getId(), ActivityAction.LIST_SETUP_CREATED,
                "Criteria " + criteria.getName() + " created: " + criteria.getFilters().toJson());
        return criteria;
    }

    public TargetCriteria changeCriteria(long id, long version, String name, String campaign, TargetFilters filters) {
        TargetCriteria criteria = criteria(id);
        checkVersion("criteria", id, version, criteria.getVersion());
        uniqueName("TargetCriteria", name, id);
        criteria.change(name, campaign, filters);
        audit(SubjectType.LIST_CRITERIA, id, ActivityAction.LIST_SETUP_CHANGED,
                "Criteria " + criteria.getName() + " changed: " + criteria.getFilters().toJson());
        return criteria;
    }

    public void deleteCriteria(long id) {
        TargetCriteria criteria = criteria(id);
        long using = em.createQuery("select count(s) from ListSource s where s.criteriaId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (using > 0) {
            throw new ConflictException("criteria " + criteria.getName() + " is used by " + using + " source(s)");
        }
        em.remove(criteria);
        audit(SubjectType.LIST_CRITERIA, id, ActivityAction.LIST_SETUP_DELETED,
                "Criteria " + criteria.getName() + " deleted");
    }

    // ---- mappings

    /** Each aggregator style's headers: a new mapping's starting point. */
    public Map<MappingStyle, Map<ListField, String>> styles() {
        Map<MappingStyle, Map<ListField, String>> styles = new EnumMap<>(MappingStyle.class);
        for (MappingStyle style : MappingStyle.values()) {
            styles.put(style, style.headers());
        }
        return styles;
    }

    public List<ColumnMapping> mappings() {
        return em.createQuery("select m from ColumnMapping m order by lower(m.name)", ColumnMapping.class)
                .getResultList();
    }

    public ColumnMapping mapping(long id) {
        return found(em.find(ColumnMapping.class, id), "mapping", id);
    }

    public ColumnMapping createMapping(String name, MappingStyle style, Map<ListField, String> columns) {
        uniqueName("ColumnMapping", name, null);
        ColumnMapping mapping = new ColumnMapping(name, style, columns);
        em.persist(mapping);
        em.flush();
        audit(SubjectType.LIST_MAPPING, mapping.getId(), ActivityAction.LIST_SETUP_CREATED,
                "Mapping " + mapping.getName() + " (" + mapping.getStyle() + ") created");
        return mapping;
    }

    public ColumnMapping changeMapping(long id, long version, String name, MappingStyle style,
            Map<ListField, String> columns) {
        ColumnMapping mapping = mapping(id);
        checkVersion("mapping", id, version, mapping.getVersion());
        uniqueName("ColumnMapping", name, id);
        mapping.change(name, style, columns);
        audit(SubjectType.LIST_MAPPING, id, ActivityAction.LIST_SETUP_CHANGED,
                "Mapping " + mapping.getName() + " changed");
        return mapping;
    }

    public void deleteMapping(long id) {
        ColumnMapping mapping = mapping(id);
        long using = em.createQuery("select count(s) from ListSource s where s.mappingId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (using > 0) {
            throw new ConflictException("mapping " + mapping.getName() + " is used by " + using + " source(s)");
        }
        em.remove(mapping);
        audit(SubjectType.LIST_MAPPING, id, ActivityAction.LIST_SETUP_DELETED,
                "Mapping " + mapping.getName() + " deleted");
    }

    /**
     * Reads the first {@value #PREVIEW_ROWS} rows of a file through a mapping (and the criteria, when given) without
     * storing anything: what an administrator checks before a source is switched on.
     */
    public Preview preview(long mappingId, Long criteriaId, InputStream file) {
        ColumnMapping mapping = mapping(mappingId);
        TargetFilters filters = criteriaId == null ? null : criteria(criteriaId).getFilters();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try (Reader text = new InputStreamReader(file, StandardCharsets.UTF_8); CsvRows rows = CsvRows.of(text)) {
            CsvRow header = rows.next();
            if (header == null) {
                throw new InvalidInputException("file", "the file is empty");
            }
            List<String> names = header.values().stream()
                    .map(name -> name.startsWith("\uFEFF") ? name.substring(1) : name).toList();
            MappedHeader mapped = mapping.over(names);
            List<PreviewRow> read = new ArrayList<>();
            if (mapped.problems().isEmpty()) {
                ListRowReader reader = new ListRowReader(mapped, today);
                for (CsvRow record = rows.next(); record != null && read.size() < PREVIEW_ROWS;
                        record = rows.next()) {
                    try {
                        ListRow row = reader.read(record.line(), record.values());
                        read.add(new PreviewRow(record.line(), row,
                                filters == null ? null : filters.matches(row, today), null));
                    } catch (RowRejectedException e) {
                        read.add(new PreviewRow(record.line(), null, null, e.getMessage()));
                    }
                }
            }
            return new Preview(names, mapped.missing(), List.copyOf(mapped.extras().values()), mapped.problems(),
                    read);
        } catch (IOException e) {
            throw new InvalidInputException("file", "not a readable CSV file: " + e.getMessage());
        }
    }

    // ---- sources

    public List<ListSource> sources() {
        return em.createQuery("select s from ListSource s order by lower(s.name)", ListSource.class).getResultList();
    }

    public ListSource source(long id) {
        return found(em.find(ListSource.class, id), "list source", id);
    }

    public ListSource createSource(SourceSettings settings) {
        checkReferences(settings);
        uniqueName("ListSource", settings.name(), null);
        ListSource source = new ListSource(settings);
        em.persist(source);
        em.flush();
        audit(SubjectType.LIST_SOURCE, source.getId(), ActivityAction.LIST_SETUP_CREATED,
                "List source " + source.getName() + " (" + source.getKind() + ") created");
        return source;
    }

    public ListSource changeSource(long id, long version, SourceSettings settings) {
        ListSource source = source(id);
        checkVersion("list source", id, version, source.getVersion());
        checkReferences(settings);
        uniqueName("ListSource", settings.name(), id);
        source.change(settings);
        audit(SubjectType.LIST_SOURCE, id, ActivityAction.LIST_SETUP_CHANGED,
                "List source " + source.getName() + " changed" + (source.isEnabled() ? "" : " (switched off)"));
        return source;
    }

    public void deleteSource(long id) {
        ListSource source = source(id);
        long pulls = em.createQuery("select count(p) from ListPull p where p.sourceId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (pulls > 0) {
            throw new ConflictException("list source " + source.getName() + " has received " + pulls
                    + " list(s): switch it off instead");
        }
        em.remove(source);
        audit(SubjectType.LIST_SOURCE, id, ActivityAction.LIST_SETUP_DELETED,
                "List source " + source.getName() + " deleted");
    }

    // ---- pulls

    /** The newest pulls first, of one source or of all. */
    public List<ListPull> pulls(Long sourceId) {
        return em.createQuery("select p from ListPull p where (:source is null or p.sourceId = :source)"
                        + " order by p.receivedAt desc, p.id desc", ListPull.class)
                .setParameter("source", sourceId).setMaxResults(MAX_LISTED).getResultList();
    }

    public ListPull pull(long id) {
        return found(em.find(ListPull.class, id), "list pull", id);
    }

    /** A page of a pull's kept rows, by line. */
    @SuppressWarnings("unchecked")
    public List<PulledOwner> pulledOwners(long pullId, long afterLine, int limit) {
        pull(pullId);
        List<Object[]> rows = em.createNativeQuery("""
                        select line, property_id, owner_name, corporate_owner,
                               concat_ws(', ', mailing_street, mailing_city, mailing_state, mailing_zip),
                               trace_status, contacts, lead_id, lead_outcome, score, responded_at
                          from pipeline_rows where pull_id = ?1 and line > ?2 order by line limit ?3""")
                .setParameter(1, pullId).setParameter(2, afterLine)
                .setParameter(3, Math.max(1, Math.min(limit, MAX_LISTED))).getResultList();
        FieldCipher cipher = FieldCiphers.current();
        return rows.stream().map(row -> {
            ContactsJson.Contacts contacts = row[6] == null ? ContactsJson.Contacts.NONE
                    : ContactsJson.read(cipher.open((String) row[6]));
            return new PulledOwner(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                    (Boolean) row[3], (String) row[4], (String) row[5], contacts.phones(), contacts.emails(),
                    row[7] == null ? null : ((Number) row[7]).longValue(), (String) row[8],
                    row[9] == null ? null : ((Number) row[9]).intValue(), NativeTimestamps.instant(row[10]));
        }).toList();
    }

    /** Every rejected row of a pull, with its line and reason, as CSV. */
    @SuppressWarnings("unchecked")
    public void writeRejects(long pullId, OutputStream out) {
        pull(pullId);
        try (CsvExport csv = CsvExport.to(out, "line", "reason")) {
            List<Object[]> rejects = em.createNativeQuery(
                            "select line, reason from pipeline_rejects where pull_id = ?1 order by line")
                    .setParameter(1, pullId).getResultList();
            for (Object[] reject : rejects) {
                csv.row(reject[0], reject[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----

    private void checkReferences(SourceSettings settings) {
        if (em.find(ColumnMapping.class, settings.mappingId()) == null) {
            throw new InvalidInputException("mappingId", "no mapping " + settings.mappingId());
        }
        if (settings.criteriaId() != null && em.find(TargetCriteria.class, settings.criteriaId()) == null) {
            throw new InvalidInputException("criteriaId", "no criteria " + settings.criteriaId());
        }
    }

    private void uniqueName(String entity, String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            return; // the entity names the error
        }
        long same = em.createQuery("select count(e) from " + entity + " e where lower(e.name) = lower(:name)"
                        + " and (:id is null or e.id <> :id)", Long.class)
                .setParameter("name", name.strip()).setParameter("id", exceptId).getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("name", "\"" + name.strip() + "\" is taken");
        }
    }

    private static void checkVersion(String what, long id, long expected, long current) {
        if (current != expected) {
            throw new StaleVersionException(what, id, expected, current);
        }
    }

    private void audit(SubjectType type, long id, ActivityAction action, String summary) {
        activities.record(currentUser.user(), type, id, action,
                summary.length() > 300 ? summary.substring(0, 297) + "..." : summary, Map.of());
    }

    private static <T> T found(T entity, String what, long id) {
        return Optional.ofNullable(entity).orElseThrow(() -> new RecordNotFoundException(what, id));
    }
}
