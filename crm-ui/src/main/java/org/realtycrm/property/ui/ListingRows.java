package org.realtycrm.property.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.property.boundary.ListingPage;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.PropertyPage;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;

/**
 * The listing search read page by page through {@link Properties#browse}: the database filters, sorts and pages.
 * Its count is the search's, exact up to {@link PropertyPage#COUNT_LIMIT} (a one-row search: the lazy table
 * asks for the count before the page).
 */
public class ListingRows extends LazyDataModel<ListingRow> {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns (by their field) and the order each one asks for. */
    private static final Map<String, PropertySort.Field> SORTS = Map.of(
            "price", PropertySort.Field.listPrice,
            "beds", PropertySort.Field.bedroomsTotal,
            "updated", PropertySort.Field.modificationTimestamp);

    private final Properties properties;
    private final Brokerage brokerage;
    private final Search filters;
    private boolean capped;

    /** The filters the user last applied; serializable, as the view-scoped table that holds it may be. */
    interface Search extends Serializable {

        /** @param tableSort the order of the column the table is sorted by; {@code null} when it is not */
        PropertyQuery query(PropertySort tableSort);
    }

    ListingRows(Properties properties, Brokerage brokerage, Search filters) {
        this.properties = properties;
        this.brokerage = brokerage;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        PropertyPage first = properties.search(filters.query(null), new PageRequest(0, 1));
        capped = first.totalCapped();
        return (int) first.page().total();
    }

    @Override
    public List<ListingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
        PropertyQuery query = filters.query(tableSort(sortBy));
        ListingPage page = properties.browse(query, new PageRequest(first / pageSize, pageSize));
        return page.found().page().items().stream()
                .map(property -> ListingRow.of(property, page.coverPhotoId(property.getId()), brokerage))
                .toList();
    }

    /** Whether there are more listings than the count went up to. */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(ListingRow row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ListingRow getRowData(String rowKey) {
        List<ListingRow> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** The table sorts by one column at a time; {@code null} (the search's default, newest first) when unsorted. */
    static PropertySort tableSort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORTS.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> new PropertySort(SORTS.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
                .orElse(null);
    }
}
