package org.realtycrm.property.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.lead.ui.LeadView;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.boundary.LinkedProperty;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.PropertyQuery;

/**
 * The "Properties" panel of a lead's page: the listings linked to the lead that the caller may see, unlinking one,
 * and linking a listing found by text (address, city, ZIP, MLS number, remarks).
 */
@Named
@ViewScoped
public class LeadListings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "leadProperties";

    @Inject
    Properties properties;

    @Inject
    LeadView lead;

    @Inject
    Brokerage brokerage;

    private List<Row> links;
    private Choice listing;
    private LeadPropertyRelation relation = LeadPropertyRelation.INTERESTED_IN;

    /** One linked listing. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long propertyId;
        private final String address;
        private final String price;
        private final String status;
        private final LeadPropertyRelation relation;

        public Row(LinkedProperty link) {
            this.propertyId = link.property().getId();
            this.address = link.property().displayAddress();
            this.price = ListingFormat.money(link.property().getListPrice());
            this.status = ListingFormat.status(link.property().getStandardStatus());
            this.relation = link.relation();
        }

        public long getPropertyId() {
            return propertyId;
        }

        public String getAddress() {
            return address;
        }

        public String getPrice() {
            return price;
        }

        public String getStatus() {
            return status;
        }

        public LeadPropertyRelation getRelation() {
            return relation;
        }

        public String getRelationWords() {
            return ListingFormat.words(relation);
        }
    }

    public List<Row> getLinks() {
        if (links == null) {
            links = properties.propertiesOf(lead.getId()).stream().map(Row::new).toList();
        }
        return links;
    }

    public List<Choice> completeListing(String text) {
        PropertyQuery query = PropertyQuery.builder().text(text).build();
        return properties.search(query, new PageRequest(0, PropertyView.SUGGESTIONS)).page().items().stream()
                .map(found -> new Choice(found.getId(), found.displayAddress()
                        + (found.getListPrice() == null ? "" : " · " + ListingFormat.money(found.getListPrice()))))
                .toList();
    }

    public void link() {
        if (listing == null) {
            Messages.error("Choose a listing first.");
            return;
        }
        try {
            boolean created = properties.link(lead.getId(), listing.getId(), relation).created();
            Messages.info(created ? "Linked." : "Already linked that way.");
            listing = null;
            links = null;
            lead.timelineChanged();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    public void unlink(Row row) {
        try {
            properties.unlink(lead.getId(), row.getPropertyId(), row.getRelation());
            Messages.info("Unlinked " + row.getAddress() + ".");
            lead.timelineChanged();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
        links = null;
    }

    public Choice getListing() {
        return listing;
    }

    public void setListing(Choice listing) {
        this.listing = listing;
    }

    public LeadPropertyRelation getRelation() {
        return relation;
    }

    public void setRelation(LeadPropertyRelation relation) {
        this.relation = relation;
    }
}
