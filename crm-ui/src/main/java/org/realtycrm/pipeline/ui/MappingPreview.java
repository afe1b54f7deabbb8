package org.realtycrm.pipeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * The preview on the Mappings tab: a file's first rows read through a saved mapping (and criteria, when chosen),
 * storing nothing, so that a mapping is tried on an aggregator's real file before a source uses it.
 */
@Named
@ViewScoped
public class MappingPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:preview";

    @Inject
    ListSetup setup;

    @Inject
    ListsScreen screen;

    private Long mappingId;
    private Long criteriaId;
    private transient UploadedFile file;

    private String fileName;
    private String missing;
    private String unmapped;
    private List<String> problems = List.of();
    private List<PreviewLine> lines = List.of();

    /** A whole-page post (the file goes with it): the page comes back on this tab. */
    public void preview() {
        screen.show(ListsScreen.MAPPINGS_TAB);
        forgetLastPreview();
        if (mappingId == null) {
            Messages.refused(new InvalidInputException("mappingId", "choose the mapping to read the file through"),
                    FORM);
            return;
        }
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Messages.refused(new InvalidInputException("file", "choose a CSV file"), FORM);
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ListSetup.Preview preview = setup.preview(mappingId, criteriaId, content);
            fileName = file.getFileName();
            missing = listed(preview.missing().entrySet().stream()
                    .map(entry -> entry.getKey().label() + " (\"" + entry.getValue() + "\")").toList());
            unmapped = listed(preview.unmapped());
            problems = preview.problems();
            lines = preview.rows().stream().map(PreviewLine::of).toList();
            Messages.info(problems.isEmpty() ? "Read " + lines.size() + (lines.size() == 1 ? " row" : " rows")
                    + " of " + fileName + " through the mapping (a preview stores nothing)."
                    : fileName + " cannot be read through this mapping: " + String.join("; ", problems) + ".");
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        } finally {
            file = null;
        }
    }

    private void forgetLastPreview() {
        fileName = null;
        missing = null;
        unmapped = null;
        problems = List.of();
        lines = List.of();
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    public Long getMappingId() {
        return mappingId;
    }

    public void setMappingId(Long mappingId) {
        this.mappingId = mappingId;
    }

    public Long getCriteriaId() {
        return criteriaId;
    }

    public void setCriteriaId(Long criteriaId) {
        this.criteriaId = criteriaId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    /** The mapped fields whose header the file lacks, with the header expected: "APN ("Parcel")", or "none". */
    public String getMissing() {
        return missing;
    }

    /** The file's columns no field names, or "none": kept with each row (a traced list's phones are there). */
    public String getUnmapped() {
        return unmapped;
    }

    /** Why no row of the file can be read through the mapping. */
    public List<String> getProblems() {
        return problems;
    }

    /** The rows read: the first {@value ListSetup#PREVIEW_ROWS} of the file. */
    public List<PreviewLine> getLines() {
        return lines;
    }
}
