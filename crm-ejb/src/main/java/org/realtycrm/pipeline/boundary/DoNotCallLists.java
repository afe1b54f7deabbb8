package org.realtycrm.pipeline.boundary;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.pipeline.control.DoNotCallRegistry;
import org.realtycrm.pipeline.control.InternalList;
import org.realtycrm.pipeline.control.ListLoader;
import org.realtycrm.pipeline.control.ListScrubber;
import org.realtycrm.pipeline.control.RegisteredLists;
import org.realtycrm.pipeline.control.RegistryFileReader;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.DncLoad;
import org.realtycrm.pipeline.entity.DncLoadKind;
import org.realtycrm.pipeline.entity.DoNotCallEntry;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The Do-Not-Call registry as administrators run it: load the National Registry's downloads, state and litigator
 * lists; see how current each list is; scrub a list and keep its report. Agents record opt-outs and check a number
 * before they dial it by hand. Every load, opt-out and scrub is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DoNotCallLists {

    /** The most loads or scrubs one history answer holds. */
    public static final int MAX_LISTED = 200;

    /** A list's state as the status shows it. */
    public record ListStatus(DncListKey list, int areaCodes, long numbers, LocalDate oldestDataDate,
            LocalDate newestDataDate, boolean outdated) {
    }

    /** Every list, how current it is, and the size of the company's own list. */
    public record RegistryStatus(LocalDate today, LocalDate oldestFreshFederalDate, List<ListStatus> lists,
            List<ListAreaCode> federalAreaCodes, long internalNumbers, long heldBytes) {
    }

    @Inject
    DoNotCallRegistry registry;

    @Inject
    ListLoader loader;

    @Inject
    ListScrubber scrubber;

    @Inject
    InternalList internal;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActivityRecorder activities;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public RegistryStatus status() {
        RegisteredLists lists = registry.refresh();
        LocalDate today = registry.today();
        LocalDate oldestFresh = RegisteredLists.oldestFreshFederalDate(today);
        Map<DncListKey, List<ListAreaCode>> stamps = lists.stamps();
        List<ListStatus> statuses = stamps.entrySet().stream().map(list -> {
            List<ListAreaCode> areaCodes = list.getValue();
            LocalDate oldest = areaCodes.stream().map(ListAreaCode::dataDate).min(LocalDate::compareTo)
                    .orElse(null);
            LocalDate newest = areaCodes.stream().map(ListAreaCode::dataDate).max(LocalDate::compareTo)
                    .orElse(null);
            return new ListStatus(list.getKey(), areaCodes.size(), areaCodes.stream()
                    .mapToLong(ListAreaCode::numbers).sum(), oldest, newest,
                    list.getKey().isFederal() && oldest != null && oldest.isBefore(oldestFresh));
        }).toList();
        return new RegistryStatus(today, oldestFresh, statuses, stamps.getOrDefault(DncListKey.FEDERAL, List.of()),
                internal.numbers(), lists.heldBytes());
    }

    /**
     * Loads a list file: plain text, or a ZIP archive of text files (the Registry's downloads are zipped).
     *
     * @param list     federal, litigator or state:XX
     * @param dataDate the day the file was downloaded from its provider (the Registry's data date)
     */
    public DncLoad load(String list, DncLoadKind kind, LocalDate dataDate, String fileName, InputStream content) {
        return load(list, kind, dataDate, null, fileName, content);
    }

    /**
     * @param covers for a change list, the area codes it covers, comma-separated ("202, 301"): they are dated by it
     *               even where it changes nothing; null or blank: the area codes the file holds
     */
    public DncLoad load(String list, DncLoadKind kind, LocalDate dataDate, String covers, String fileName,
            InputStream content) {
        Set<Integer> coveredAreaCodes = areaCodes(covers);
        DncListKey key = DncListKey.parse(list);
        DncLoad load = new DncLoad(key, kind == null ? DncLoadKind.FULL : kind, fileName, dataDate,
                registry.today(), currentUser.id(), Instant.now());
        RegistryFileReader reader = new RegistryFileReader(load.getKind() == DncLoadKind.DELETIONS
                ? RegistryFileReader.Change.DELETE : RegistryFileReader.Change.ADD);
        try {
            BufferedInputStream in = new BufferedInputStream(content, 1 << 16);
            if (isZip(in)) {
                ZipInputStream zip = new ZipInputStream(in);
                ZipEntry entry;
                int files = 0;
                while ((entry = zip.getNextEntry()) != null) {
                    if (!entry.isDirectory()) {
                        reader.add(entry.getName(), zip);
                        files++;
                    }
                }
                if (files == 0) {
                    throw new InvalidInputException("file", "is a ZIP archive without files");
                }
            } else {
                reader.add(null, in);
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: " + e.getMessage());
        }
        DncLoad stored = loader.apply(load, reader.result(), coveredAreaCodes);
        activities.record(currentUser.user(), SubjectType.DNC_LOAD, stored.getId(), ActivityAction.DNC_LIST_LOADED,
                "Loaded " + stored.getList() + " " + stored.getKind().name().toLowerCase() + " list "
                        + stored.getFileName() + " of " + stored.getDataDate() + ": +" + stored.getNumbersAdded()
                        + " −" + stored.getNumbersDeleted() + " numbers", Map.of());
        return stored;
    }

    private static Set<Integer> areaCodes(String covers) {
        Set<Integer> areaCodes = new TreeSet<>();
        if (covers == null || covers.isBlank()) {
            return areaCodes;
        }
        for (String part : covers.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("[2-9][0-9]{2}")) {
                throw new InvalidInputException("areaCodes", "are US area codes separated by commas (\"202, 301\")");
            }
            areaCodes.add(Integer.parseInt(part));
        }
        return areaCodes;
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    public List<DncLoad> loads() {
        return em.createQuery("select l from DncLoad l order by l.createdAt desc, l.id desc", DncLoad.class)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    public DncLoad findLoad(long id) {
        DncLoad load = em.find(DncLoad.class, id);
        if (load == null) {
            throw new RecordNotFoundException("Do-Not-Call load", id);
        }
        return load;
    }

    /** Puts a number on the company's own list, for good (an agent records a request made on a call). */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public DoNotCallEntry addInternal(String phone, String source) {
        String e164 = phoneNumbers.toE164("phone", phone);
        DoNotCallEntry entry = internal.add(new DoNotCallEntry(e164, source, currentUser.id(), Instant.now()));
        em.flush();
        activities.record(currentUser.user(), SubjectType.DNC_ENTRY, entry.getId(), ActivityAction.DNC_NUMBER_ADDED,
                "Put a number on the internal Do-Not-Call list: " + entry.getSource(), Map.of());
        return entry;
    }

    public Page<DoNotCallEntry> internalEntries(PageRequest page) {
        return internal.newestFirst(page);
    }

    /** Whether a number may be called or texted now, and every reason it may not. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
    public CallVerdict check(String phone) {
        return registry.check(phoneNumbers.toE164("phone", phone));
    }

    /** Scrubs a CSV list (UTF-8) and keeps its report and suppressions. */
    public Scrub scrub(String name, InputStream csv) {
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            Scrub scrub = scrubber.scrub(name, reader, currentUser.id());
            activities.record(currentUser.user(), SubjectType.DNC_SCRUB, scrub.getId(), ActivityAction.LIST_SCRUBBED,
                    "Scrubbed " + scrub.getName() + ": " + scrub.getCallable() + " callable, " + scrub.getSuppressed()
                            + " suppressed, " + scrub.getRejected() + " rejected", Map.of());
            return scrub;
        } catch (IOException e) {
            throw new UncheckedIOException("the list could not be read", e);
        }
    }

    public List<Scrub> scrubs() {
        return em.createQuery("select s from Scrub s order by s.createdAt desc, s.id desc", Scrub.class)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    public Scrub findScrub(long id) {
        Scrub scrub = em.find(Scrub.class, id);
        if (scrub == null) {
            throw new RecordNotFoundException("scrub", id);
        }
        return scrub;
    }

    /** The scrub's suppressions and rejects as CSV: line, phone, reason, list version. */
    public void writeSuppressions(long id, OutputStream output) throws IOException {
        findScrub(id);
        try (CsvExport csv = CsvExport.to(output, "line", "phone", "reason", "list_version")) {
            em.createNativeQuery("select line, phone, reason, list_version from dnc_suppressions where scrub_id = ?1"
                            + " order by line, phone, reason", Object[].class)
                    .setParameter(1, id)
                    .getResultStream()
                    .forEach(row -> {
                        try {
                            csv.row((Object[]) row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
