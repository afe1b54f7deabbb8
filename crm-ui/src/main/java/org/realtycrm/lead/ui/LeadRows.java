package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.platform.paging.PageRequest;

/**
 * The leads list read page by page through {@link Leads#search}: the database sorts and pages, and the exact total
 * comes from the cached count (LeadTotals), so a page costs the same at 100,000 leads as at 100. The filters are
 * the view's (its form), the sort order the table's.
 */
public class LeadRows extends LazyDataModel<LeadRow> {

    private static final long serialVersionUID = 1L;

    /** The view's current filters; serializable, as the view-scoped table that holds it may be. */
    interface Filters extends Serializable {

        /** @param tableSort the order of the column the table is sorted by; {@code null} when it is not */
        LeadQuery query(LeadSort tableSort);
    }

    private final Leads leads;
    private final Brokerage brokerage;
    private final Filters filters;
    /** The order the table last showed (its column's, a link's or the default), which an export keeps. */
    private LeadSort shownSort;

    LeadRows(Leads leads, Brokerage brokerage, Filters filters) {
        this.leads = leads;
        this.brokerage = brokerage;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) Math.min(Integer.MAX_VALUE, leads.count(filters.query(null)));
    }

    @Override
    public List<LeadRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
        LeadQuery query = filters.query(tableSort(sortBy));
        shownSort = query.sort();
        return leads.search(query, new PageRequest(first / pageSize, pageSize)).items().stream()
                .map(lead -> LeadRow.of(lead, brokerage))
                .toList();
    }

    /** The order the table last showed; {@code null} before it showed any rows. */
    LeadSort shownSort() {
        return shownSort;
    }

    @Override
    public String getRowKey(LeadRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public LeadRow getRowData(String rowKey) {
        List<LeadRow> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** The table's sortable columns (by their row property) and the order each one asks for. */
    private static final Map<String, LeadSort.Field> SORTS = Map.of(
            "name", LeadSort.Field.lastName,
            "status", LeadSort.Field.status,
            "temperature", LeadSort.Field.temperature,
            "nextFollowUp", LeadSort.Field.nextFollowUpAt,
            "created", LeadSort.Field.createdAt);

    /** The table sorts by one column at a time; {@code null} when no column is sorted. */
    private static LeadSort tableSort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORTS.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new LeadSort(SORTS.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
                .orElse(null);
    }
}
