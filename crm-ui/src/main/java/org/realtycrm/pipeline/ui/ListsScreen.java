package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.identity.ui.SignedInUser;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.SourceSettings;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.platform.ui.ErrorPages;

/**
 * The lead pipeline's front half (lists.xhtml, administrators only): where purchased lists arrive, how their columns
 * read, which rows a campaign keeps, and what each list received became. This bean is the page itself: it turns
 * agents away before anything is read, keeps the tab shown across whole-page uploads, and holds the criteria,
 * mappings and sources that every tab names or chooses from. Each tab's actions are in their own bean
 * ({@link SourceEditor}, {@link ListUpload}, {@link MappingEditor}, {@link MappingPreview}, {@link CriteriaEditor},
 * {@link ReceivedLists}), which reloads this one after a change.
 */
@Named
@ViewScoped
public class ListsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SOURCES_TAB = 0;
    static final int MAPPINGS_TAB = 1;
    static final int RECEIVED_TAB = 3;

    /** A source as its table shows it: its settings, with the names of its mapping and its criteria. */
    public record SourceRow(ListSource source, SourceSettings settings, String mapping, String criteria) {
    }

    @Inject
    ListSetup setup;

    @Inject
    SignedInUser me;

    private int tab = SOURCES_TAB;
    private List<TargetCriteria> criteria = List.of();
    private List<ColumnMapping> mappings = List.of();
    private List<SourceRow> sources = List.of();
    private Map<Long, String> sourceNames = Map.of();

    /**
     * The view action. The boundaries refuse agents too, but with a failure; the page refuses them the way an
     * administrators' page does, with the "not for your account" page, before it reads anything.
     */
    public void open() {
        if (!me.isAdmin()) {
            ErrorPages.send(403, "Lists are set up by administrators");
            return;
        }
        reload();
    }

    /** Reads the criteria, mappings and sources again: after a change, and after a look at a source. */
    public void reload() {
        criteria = setup.criteria();
        mappings = setup.mappings();
        Map<Long, String> mappingNames = mappings.stream()
                .collect(Collectors.toMap(ColumnMapping::getId, ColumnMapping::getName));
        Map<Long, String> criteriaNames = criteria.stream()
                .collect(Collectors.toMap(TargetCriteria::getId, TargetCriteria::getName));
        List<ListSource> read = setup.sources();
        sources = read.stream().map(source -> new SourceRow(source, source.settings(),
                mappingNames.getOrDefault(source.getMappingId(), "#" + source.getMappingId()),
                source.getCriteriaId() == null ? "" : criteriaNames.getOrDefault(source.getCriteriaId(),
                        "#" + source.getCriteriaId()))).toList();
        sourceNames = read.stream().collect(Collectors.toMap(ListSource::getId, ListSource::getName));
    }

    /** Shows a tab after a whole-page post (an upload), which renders the page anew. */
    void show(int shownTab) {
        this.tab = shownTab;
    }

    /** A pull's source by name; a source is never deleted once it has received a list. */
    public String sourceName(long sourceId) {
        return sourceNames.getOrDefault(sourceId, "#" + sourceId);
    }

    /** Names to ids, in the lists' order (by name), for the selects that choose a mapping, criteria or source. */
    private static <T> Map<String, Long> choices(List<T> items, Function<T, String> name, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(name, id, (a, b) -> a, LinkedHashMap::new));
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public List<TargetCriteria> getCriteria() {
        return criteria;
    }

    public List<ColumnMapping> getMappings() {
        return mappings;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public Map<String, Long> getCriteriaChoices() {
        return choices(criteria, TargetCriteria::getName, TargetCriteria::getId);
    }

    public Map<String, Long> getMappingChoices() {
        return choices(mappings, ColumnMapping::getName, ColumnMapping::getId);
    }

    public Map<String, Long> getSourceChoices() {
        return choices(sources, row -> row.source().getName(), row -> row.source().getId());
    }
}
