package org.realtycrm.property.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.mls.control.ListedByLookup;
import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.property.control.LeadPropertyLinks;
import org.realtycrm.property.control.PhotoReads;
import org.realtycrm.property.control.PhotoUploads;
import org.realtycrm.property.entity.LeadProperty;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.LeadPropertyRepository;
import org.realtycrm.property.entity.ListingFields;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;
import org.realtycrm.property.entity.PropertyPage;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyUpdate;

/**
 * Listings and the leads linked to them. Everyone signed in as an agent or admin sees every MLS listing; an off-MLS
 * property is seen, and edited, only by the agent who entered it and by admins (to anyone else it does not exist).
 * MLS listings are the feed's: users never edit them. A link between a lead and a property needs both to be visible
 * to the caller, and is written to the lead's timeline (the audit trail has no property subject).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Properties {

    /** The largest photo {@link #addPhoto} takes. */
    public static final int MAX_PHOTO_BYTES = PhotoUploads.MAX_BYTES;

    @Inject
    PropertyRepository properties;

    @Inject
    PropertyMediaRepository media;

    @Inject
    LeadPropertyRepository links;

    @Inject
    LeadPropertyLinks linking;

    @Inject
    LeadRepository leads;

    @Inject
    CurrentUser caller;

    @Inject
    PhotoUploads uploads;

    @Inject
    PhotoReads photoReads;

    @Inject
    ListedByLookup listedBy;

    /** The listing search; its total is exact up to {@link PropertyPage#COUNT_LIMIT}. */
    public PropertyPage search(PropertyQuery query, PageRequest page) {
        return properties.search(query, caller.propertyVisibility(), page);
    }

    /** The listing search with who lists each listing (one query for the page), as the API answers it. */
    public ListingsWithAgents searchWithAgents(PropertyQuery query, PageRequest page) {
        PropertyPage found = search(query, page);
        return new ListingsWithAgents(found, listedBy.of(found.page().items()));
    }

    public Property find(long id) {
        return properties.find(id, caller.propertyVisibility())
                .orElseThrow(() -> new RecordNotFoundException("property", id));
    }

    /** The property with its history, media and the linked leads the caller may see. */
    public PropertyDetail read(long id) {
        return detail(find(id));
    }

    /** The listing search as the screens show it: {@link #search}, with each listing's cover photo. */
    public ListingPage browse(PropertyQuery query, PageRequest page) {
        PropertyPage found = search(query, page);
        return new ListingPage(found, media.covers(found.page().items().stream().map(Property::getId).toList()));
    }

    /**
     * A stored photo (or its thumbnail, when it has one) of a property the caller may see, to stream and close. A
     * photo of a property the caller may not see is not found. Always the bytes, never the store's presigned address:
     * the screens' Content-Security-Policy lets images come from the application (and the map tiles) only.
     */
    public DocumentContent photo(long mediaId, boolean thumbnail) {
        return photoReads.read(mediaId, thumbnail, caller.propertyVisibility());
    }

    /** Adds a JPEG or PNG photo to an off-MLS property the caller may edit; an MLS listing's photos are its feed's. */
    public PropertyMedia addPhoto(long propertyId, byte[] photo) {
        Property property = find(propertyId);
        if (!property.isEditable()) {
            throw new RuleViolationException("property " + propertyId + " comes from an MLS feed: its photos are "
                    + "the feed's");
        }
        return uploads.store(property.getId(), photo);
    }

    /** An off-MLS property, entered by the caller. */
    public PropertyDetail create(ListingFields fields) {
        PropertyUpdate created = Property.offMls(fields, caller.id());
        properties.store(created);
        return detail(created.property());
    }

    /**
     * Replaces the fields of an off-MLS property at {@code expectedVersion}; an MLS listing refuses (422: its fields
     * are its feed's).
     */
    public PropertyDetail update(long id, long expectedVersion, ListingFields fields) {
        Property property = find(id);
        if (property.getVersion() != expectedVersion) {
            throw new StaleVersionException("property", id, expectedVersion, property.getVersion());
        }
        properties.store(property.editOffMls(fields));
        return detail(property);
    }

    /**
     * Links the lead to the property in this relation, unless that link exists already.
     *
     * @return the link, and whether it is new
     */
    public Linking link(long leadId, long propertyId, LeadPropertyRelation relation) {
        Lead lead = visibleLead(leadId);
        Property property = find(propertyId);
        boolean created = linking.link(lead.getId(), property, relation, caller.user());
        LinkedProperty link = links.forLead(leadId).stream()
                .filter(l -> l.getPropertyId() == propertyId && l.getRelation() == relation)
                .findFirst()
                .map(l -> new LinkedProperty(property, listedBy.of(property), relation, l.getCreatedAt()))
                .orElseThrow(() -> new IllegalStateException("the link of lead " + leadId + " just stored is gone"));
        return new Linking(link, created);
    }

    /** The outcome of {@link #link}: the link, and whether this call made it. */
    public record Linking(LinkedProperty link, boolean created) {
    }

    /** Removes the link; a link that does not exist (or a lead or property the caller may not see) is not found. */
    public void unlink(long leadId, long propertyId, LeadPropertyRelation relation) {
        Lead lead = visibleLead(leadId);
        Property property = find(propertyId);
        if (!linking.unlink(lead.getId(), property, relation, caller.user())) {
            throw new RecordNotFoundException("link of lead " + leadId + " to property", propertyId + " as " + relation);
        }
    }

    /** The lead's properties the caller may see, newest link first. */
    public List<LinkedProperty> propertiesOf(long leadId) {
        Lead lead = visibleLead(leadId);
        List<LeadProperty> linked = links.forLead(lead.getId());
        Map<Long, Property> visible = properties.findAll(linked.stream().map(LeadProperty::getPropertyId)
                        .collect(Collectors.toSet()), caller.propertyVisibility()).stream()
                .collect(Collectors.toMap(Property::getId, Function.identity()));
        Map<Long, ListedBy> listers = listedBy.of(visible.values());
        return linked.stream()
                .filter(l -> visible.containsKey(l.getPropertyId()))
                .map(l -> new LinkedProperty(visible.get(l.getPropertyId()), listers.get(l.getPropertyId()),
                        l.getRelation(), l.getCreatedAt()))
                .toList();
    }

    private PropertyDetail detail(Property property) {
        List<LeadProperty> linked = links.forProperty(property.getId());
        Map<Long, Lead> visible = leads.findAll(linked.stream().map(LeadProperty::getLeadId)
                        .collect(Collectors.toSet()), caller.leadVisibility()).stream()
                .collect(Collectors.toMap(Lead::getId, Function.identity()));
        List<LinkedLead> linkedLeads = linked.stream()
                .filter(l -> visible.containsKey(l.getLeadId()))
                .map(l -> new LinkedLead(visible.get(l.getLeadId()), l.getRelation(), l.getCreatedAt()))
                .toList();
        return new PropertyDetail(property, listedBy.of(property), properties.history(property.getId()),
                media.forProperty(property.getId()), linkedLeads);
    }

    private Lead visibleLead(long leadId) {
        return leads.find(leadId, caller.leadVisibility()).orElseThrow(() -> new RecordNotFoundException("lead", leadId));
    }
}
