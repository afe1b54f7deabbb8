package org.realtycrm.portal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.persistence.NativeTimestamps;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.portal.control.ClientAccounts;
import org.realtycrm.portal.control.ClientActivity;
import org.realtycrm.portal.control.ListingAlerts;
import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.ClientAccount;
import org.realtycrm.portal.entity.SavedSearch;
import org.realtycrm.portal.entity.SearchCriteria;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyVisibility;

/**
 * A signed-in client's own things: their favourites, saved searches and the listings they open. Every read and
 * write is keyed by the caller, so a client reaches nobody else's; what they do goes on their lead's timeline.
 * Listings are only those the public sees.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ClientPortal {

    /** The client and the agent who works with them (empty while their lead has none). */
    public record Me(String name, String email, String agentName, String agentEmail) {
    }

    public record Favourite(long listingId, Instant savedAt) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAccounts accounts;

    @Inject
    ClientActivity activity;

    @Inject
    ListingAlerts alerts;

    @Inject
    PropertyRepository properties;

    @Inject
    LeadRepository leads;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    String zone;

    public Me me() {
        User client = currentUser.user();
        User agent = leads.find(account().getLeadId(), LeadVisibility.all())
                .map(lead -> lead.getAssignedAgent()).filter(User::isActive).orElse(null);
        return new Me(client.getName(), client.getEmail(), agent == null ? null : agent.getName(),
                agent == null ? null : agent.getEmail());
    }

    @SuppressWarnings("unchecked")
    public List<Favourite> favourites() {
        List<Object[]> rows = em.createNativeQuery("select property_id, created_at from client_favourites"
                + " where user_id = ?1 order by created_at desc, property_id desc")
                .setParameter(1, currentUser.id())
                .getResultList();
        return rows.stream().map(row -> new Favourite(((Number) row[0]).longValue(), NativeTimestamps.instant(row[1]))).toList();
    }

    public void addFavourite(long listingId) {
        Property listing = publicListing(listingId);
        int added = em.createNativeQuery("insert into client_favourites (user_id, property_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, currentUser.id()).setParameter(2, listingId).executeUpdate();
        if (added == 1) {
            onTimeline(ActivityAction.FAVOURITE_ADDED, "Saved " + listing.displayAddress() + " as a favourite",
                    listing);
        }
    }

    public void removeFavourite(long listingId) {
        int removed = em.createNativeQuery("delete from client_favourites where user_id = ?1 and property_id = ?2")
                .setParameter(1, currentUser.id()).setParameter(2, listingId).executeUpdate();
        if (removed == 1) {
            String address = properties.find(listingId).map(Property::displayAddress).orElse("listing " + listingId);
            activity.record(currentUser.user(), account(), ActivityAction.FAVOURITE_REMOVED,
                    "Removed " + address + " from their favourites", Map.of("propertyId", listingId));
        }
    }

    /** The client opened a listing's page: on their lead's timeline once a day per listing. */
    public void viewed(long listingId) {
        Property listing = publicListing(listingId);
        int first = em.createNativeQuery("insert into client_listing_views (user_id, property_id, viewed_on)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, currentUser.id()).setParameter(2, listingId)
                .setParameter(3, LocalDate.now(ZoneId.of(zone)))
                .executeUpdate();
        if (first == 1) {
            onTimeline(ActivityAction.CLIENT_VIEWED_LISTING, "Viewed " + listing.displayAddress(), listing);
        }
    }

    public List<SavedSearch> searches() {
        return em.createQuery("select s from SavedSearch s where s.userId = :client order by s.id", SavedSearch.class)
                .setParameter("client", currentUser.id())
                .getResultList();
    }

    /** @throws ConflictException when the client has {@link SavedSearch#MAX_PER_CLIENT} searches already */
    public SavedSearch saveSearch(String name, SearchCriteria criteria, AlertFrequency frequency) {
        // one save at a time per client, so that two at once cannot both find room for the last one
        em.createNativeQuery("select id from users where id = ?1 for update").setParameter(1, currentUser.id())
                .getSingleResult();
        long held = em.createQuery("select count(s) from SavedSearch s where s.userId = :client", Long.class)
                .setParameter("client", currentUser.id()).getSingleResult();
        if (held >= SavedSearch.MAX_PER_CLIENT) {
            throw new ConflictException("You have " + SavedSearch.MAX_PER_CLIENT + " saved searches, the most we "
                    + "keep: remove one to save another.");
        }
        SavedSearch search = new SavedSearch(currentUser.id(), name, criteria, frequency);
        em.persist(search);
        activity.record(currentUser.user(), account(), ActivityAction.SEARCH_SAVED, "Saved the search \""
                + search.getName() + "\" (alerts: " + words(search.getFrequency()) + ")", searchDetails(search));
        return search;
    }

    /** @param name null: unchanged; @param frequency null: unchanged */
    public SavedSearch changeSearch(long id, String name, AlertFrequency frequency) {
        SavedSearch search = ownSearch(id);
        String before = search.getName() + ", alerts " + words(search.getFrequency());
        if (name != null) {
            search.rename(name);
        }
        if (frequency != null) {
            search.alertBy(frequency);
            if (frequency == AlertFrequency.OFF) {
                alerts.dropUntold(id);
            }
        }
        String after = search.getName() + ", alerts " + words(search.getFrequency());
        if (!before.equals(after)) {
            activity.record(currentUser.user(), account(), ActivityAction.SEARCH_CHANGED, "Changed the search \""
                    + search.getName() + "\" (alerts: " + words(search.getFrequency()) + ")", searchDetails(search));
        }
        return search;
    }

    public void removeSearch(long id) {
        SavedSearch search = ownSearch(id);
        em.remove(search);
        activity.record(currentUser.user(), account(), ActivityAction.SEARCH_REMOVED, "Removed the search \""
                + search.getName() + "\"", Map.of("search", search.getName()));
    }

    /** Another client's search is as missing as one that never was. */
    private SavedSearch ownSearch(long id) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null || !search.belongsTo(currentUser.id())) {
            throw new RecordNotFoundException("saved search", id);
        }
        return search;
    }

    private Property publicListing(long listingId) {
        return properties.find(listingId, PropertyVisibility.publicListings())
                .orElseThrow(() -> new RecordNotFoundException("listing", listingId));
    }

    private ClientAccount account() {
        return accounts.ofClient(currentUser.user());
    }

    private void onTimeline(ActivityAction action, String summary, Property listing) {
        activity.record(currentUser.user(), account(), action, summary, Map.of("propertyId", listing.getId()));
    }

    private static Map<String, Object> searchDetails(SavedSearch search) {
        return Map.of("search", search.getName(), "criteria", search.getCriteria().describe(),
                "alerts", search.getFrequency().name());
    }

    private static String words(AlertFrequency frequency) {
        return switch (frequency) {
            case INSTANT -> "instant";
            case DAILY -> "daily digest";
            case OFF -> "off";
        };
    }
}
