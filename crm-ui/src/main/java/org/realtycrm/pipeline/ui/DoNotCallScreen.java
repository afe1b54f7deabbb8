package org.realtycrm.pipeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.DncLoad;
import org.realtycrm.pipeline.entity.DncLoadKind;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * The Do-Not-Call lists (dnc.xhtml, administrators only): how current each list is, loading the Registry's downloads
 * and the state and litigator lists, the company's own list, checking one number, scrubbing a list and its report.
 * Everything is decided by the boundary; this screen asks and shows.
 */
@Named
@ViewScoped
public class DoNotCallScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DoNotCallLists lists;

    private DoNotCallLists.RegistryStatus status;
    private List<DncLoad> loads;
    private List<Scrub> scrubs;

    private String list = "federal";
    private DncLoadKind kind = DncLoadKind.FULL;
    private LocalDate dataDate;
    private transient UploadedFile listFile;
    private DncLoad loaded;

    private String scrubName;
    private transient UploadedFile scrubFile;
    private Scrub scrubbed;

    private String phone;
    private String source;
    private CallVerdict verdict;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        status = lists.status();
        loads = lists.loads();
        scrubs = lists.scrubs();
    }

    public void load() {
        if (listFile == null || listFile.getFileName() == null || listFile.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose the list's file"), "load");
            return;
        }
        try (InputStream content = listFile.getInputStream()) {
            loaded = lists.load(list, kind, dataDate, listFile.getFileName(), content);
            Messages.info("Loaded " + loaded.getFileName() + ": " + loaded.getNumbersAdded() + " numbers added, "
                    + loaded.getNumbersDeleted() + " removed, " + loaded.getLinesRejected() + " lines rejected.");
        } catch (CrmException refused) {
            Messages.refused(refused, "load");
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } finally {
            listFile = null;
        }
        reload();
    }

    public void scrub() {
        if (scrubFile == null || scrubFile.getFileName() == null || scrubFile.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose the CSV file to scrub"), "scrub");
            return;
        }
        try (InputStream content = scrubFile.getInputStream()) {
            String name = scrubName == null || scrubName.isBlank() ? scrubFile.getFileName() : scrubName;
            scrubbed = lists.scrub(name, content);
            Messages.info("Scrubbed " + scrubbed.getName() + ": " + scrubbed.getCallable() + " callable, "
                    + scrubbed.getSuppressed() + " suppressed, " + scrubbed.getRejected() + " rejected.");
        } catch (CrmException refused) {
            Messages.refused(refused, "scrub");
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } finally {
            scrubFile = null;
        }
        reload();
    }

    public void check() {
        try {
            verdict = lists.check(phone);
        } catch (CrmException refused) {
            verdict = null;
            Messages.refused(refused, "number");
        }
    }

    public void addToInternalList() {
        try {
            lists.addInternal(phone, source);
            Messages.info("The number is on the internal Do-Not-Call list for good.");
            verdict = lists.check(phone);
            source = null;
        } catch (CrmException refused) {
            Messages.refused(refused, "number");
        }
        reload();
    }

    /** A verdict's reasons in words: "FEDERAL_DNC (federal of 2026-12-01 (load 12))". */
    public String reasons(CallVerdict shown) {
        return shown.hits().stream().map(DoNotCallScreen::reason).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** A scrub's counts or list versions as "a: 1 · b: x". */
    public String inWords(Map<String, ?> entries) {
        StringJoiner words = new StringJoiner(" · ");
        entries.forEach((key, value) -> words.add(key + ": " + value));
        return words.toString();
    }

    private static String reason(SuppressionHit hit) {
        return hit.reason().name() + " (" + hit.listVersion() + ")";
    }

    public DncLoadKind[] getKinds() {
        return DncLoadKind.values();
    }

    public DoNotCallLists.RegistryStatus getStatus() {
        return status;
    }

    public List<DncLoad> getLoads() {
        return loads;
    }

    public List<Scrub> getScrubs() {
        return scrubs;
    }

    public DncLoad getLoaded() {
        return loaded;
    }

    public Scrub getScrubbed() {
        return scrubbed;
    }

    public CallVerdict getVerdict() {
        return verdict;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public DncLoadKind getKind() {
        return kind;
    }

    public void setKind(DncLoadKind kind) {
        this.kind = kind;
    }

    public LocalDate getDataDate() {
        return dataDate;
    }

    public void setDataDate(LocalDate dataDate) {
        this.dataDate = dataDate;
    }

    public UploadedFile getListFile() {
        return listFile;
    }

    public void setListFile(UploadedFile listFile) {
        this.listFile = listFile;
    }

    public String getScrubName() {
        return scrubName;
    }

    public void setScrubName(String scrubName) {
        this.scrubName = scrubName;
    }

    public UploadedFile getScrubFile() {
        return scrubFile;
    }

    public void setScrubFile(UploadedFile scrubFile) {
        this.scrubFile = scrubFile;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
