package org.realtycrm.property.ui;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;

/**
 * The listing search: the filters, a lazily paged and sorted list, and a map of the page's listings. The list shows
 * what the last "Search" applied; a search the query refuses (a minimum above the maximum) says why on the fields and
 * leaves the list as it was. "Search this area" adds the map's box to the filters.
 */
@Named
@ViewScoped
public class PropertiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "listingsForm";
    private static final String TABLE = ":" + FORM + ":listings";

    @Inject
    Properties properties;

    @Inject
    Brokerage brokerage;

    private ListingFilters filters = new ListingFilters();
    private ListingFilters applied = new ListingFilters();
    private ListingRows rows;

    @PostConstruct
    void init() {
        rows = new ListingRows(properties, brokerage, this::query);
    }

    PropertyQuery query(PropertySort tableSort) {
        return applied.query(tableSort);
    }

    public void search() {
        try {
            filters.query(null);
        } catch (InvalidInputException refused) {
            Messages.refused(refused, FORM);
            return;
        }
        applied = filters.copy();
        firstPage();
    }

    /** The map's box came in the hidden corner fields: search with it. */
    public void searchArea() {
        search();
    }

    public void clearArea() {
        filters.clearArea();
        search();
    }

    public void clear() {
        filters = new ListingFilters();
        applied = new ListingFilters();
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public ListingFilters getFilters() {
        return filters;
    }

    public boolean isInArea() {
        return applied.isInArea();
    }

    public ListingRows getRows() {
        return rows;
    }
}
