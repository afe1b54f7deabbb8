package org.realtycrm.property.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.property.boundary.PropertyDetail;
import org.realtycrm.property.entity.HistoryField;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertySource;

/** A listing's page as the screen shows it: its facts in order, its history, photos and linked leads. */
public final class ListingDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the facts: a label and its value as text; facts without a value are left out. */
    public static final class Fact implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final String value;

        Fact(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    /** One price or status change. */
    public static final class Change implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String when;
        private final String what;
        private final String from;
        private final String to;

        Change(PriceStatusChange change, Brokerage brokerage) {
            boolean price = change.getField() == HistoryField.LIST_PRICE;
            this.when = brokerage.format(change.getChangedAt());
            this.what = price ? "Price" : "Status";
            this.from = price ? ListingFormat.money(change.getOldPrice()) : ListingFormat.status(change.getOldStatus());
            this.to = price ? ListingFormat.money(change.getNewPrice()) : ListingFormat.status(change.getNewStatus());
        }

        public String getWhen() {
            return when;
        }

        public String getWhat() {
            return what;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }

    /** A stored photo: its path and its thumbnail's, under the application. */
    public static final class PhotoPaths implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String full;
        private final String thumbnail;

        PhotoPaths(long mediaId) {
            this.full = ListingFormat.photoPath(mediaId);
            this.thumbnail = ListingFormat.thumbnailPath(mediaId);
        }

        public String getFull() {
            return full;
        }

        public String getThumbnail() {
            return thumbnail;
        }
    }

    /** A linked lead the caller may see. */
    public static final class LinkedLeadRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long leadId;
        private final String name;
        private final LeadPropertyRelation relation;
        private final String since;

        LinkedLeadRow(long leadId, String name, LeadPropertyRelation relation, String since) {
            this.leadId = leadId;
            this.name = name;
            this.relation = relation;
            this.since = since;
        }

        public long getLeadId() {
            return leadId;
        }

        public String getName() {
            return name;
        }

        public LeadPropertyRelation getRelation() {
            return relation;
        }

        public String getRelationWords() {
            return ListingFormat.words(relation);
        }

        public String getSince() {
            return since;
        }
    }

    private final long id;
    private final long version;
    private final String address;
    private final String price;
    private final boolean editable;
    private final BigDecimal latitude;
    private final BigDecimal longitude;
    private final List<Fact> facts;
    private final String remarks;
    private final List<Change> history;
    private final List<PhotoPaths> photos;
    private final List<LinkedLeadRow> leads;

    ListingDetail(PropertyDetail detail, Brokerage brokerage) {
        Property p = detail.property();
        this.id = p.getId();
        this.version = p.getVersion();
        this.address = p.displayAddress();
        this.price = ListingFormat.money(p.getListPrice());
        this.editable = p.isEditable();
        this.latitude = p.getLatitude();
        this.longitude = p.getLongitude();
        this.remarks = p.getPublicRemarks();
        this.facts = facts(p, detail.listedBy());
        this.history = detail.history().stream().map(change -> new Change(change, brokerage)).toList();
        this.photos = detail.media().stream().filter(medium -> !medium.needsFetch())
                .map(medium -> new PhotoPaths(medium.getId())).toList();
        this.leads = detail.leads().stream().map(link -> new LinkedLeadRow(link.lead().getId(),
                link.lead().fullName(), link.relation(), brokerage.format(link.linkedAt()))).toList();
    }

    private static List<Fact> facts(Property p, ListedBy by) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "Price", ListingFormat.money(p.getListPrice()));
        add(facts, "Status", ListingFormat.status(p.getStandardStatus()));
        add(facts, "Type", join(p.getPropertyType(), p.getPropertySubType()));
        add(facts, "Beds", p.getBedroomsTotal());
        add(facts, "Baths", p.getBathroomsTotalInteger());
        add(facts, "Living area", p.getLivingArea() == null ? null : ListingFormat.number(p.getLivingArea()) + " sq ft");
        add(facts, "Lot", p.getLotSizeArea() == null ? null : ListingFormat.number(p.getLotSizeArea()));
        add(facts, "Year built", p.getYearBuilt());
        add(facts, "Address", join(p.displayAddress(), p.getStateOrProvince(), p.getPostalCode()));
        add(facts, "MLS number", p.getListingId());
        add(facts, "List agent", by.agentFullName());
        add(facts, "Agent email", by.agentEmail());
        add(facts, "Agent phone", by.agentPhone());
        add(facts, "List office", by.officeName());
        add(facts, "Office phone", by.officePhone());
        add(facts, "Days on market", p.getDaysOnMarket());
        add(facts, "Original price", ListingFormat.money(p.getOriginalListPrice()));
        add(facts, "Source", p.getSource() == PropertySource.MLS ? "MLS feed" : "Off-MLS (entered by an agent)");
        return List.copyOf(facts);
    }

    private static void add(List<Fact> facts, String label, Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isBlank()) {
            facts.add(new Fact(label, text));
        }
    }

    private static String join(String... parts) {
        return String.join(", ", Arrays.stream(parts).filter(Objects::nonNull)
                .filter(part -> !part.isBlank()).toList());
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getAddress() {
        return address;
    }

    public String getPrice() {
        return price;
    }

    public boolean isEditable() {
        return editable;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isOnMap() {
        return latitude != null && longitude != null;
    }

    public List<Fact> getFacts() {
        return facts;
    }

    public String getRemarks() {
        return remarks;
    }

    public List<Change> getHistory() {
        return history;
    }

    public List<PhotoPaths> getPhotos() {
        return photos;
    }

    public List<LinkedLeadRow> getLeads() {
        return leads;
    }
}
