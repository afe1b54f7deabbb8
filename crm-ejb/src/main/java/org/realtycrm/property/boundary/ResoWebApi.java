package org.realtycrm.property.boundary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.integration.control.ActiveApiClients;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.property.control.ResoMetadata;
import org.realtycrm.property.control.ResoQuery;
import org.realtycrm.property.control.ResoReader;
import org.realtycrm.property.control.ResoResource;

/**
 * Our listings as a RESO Web API, for integrators: the listings the brokerage's website shows, their photos, and
 * the members and offices that list them, under Data Dictionary 2.0 names. Only an active API client's token may
 * read (an admin issues clients: {@code ApiClients}); a deactivated client is refused at its next request, however
 * long its token still runs.
 */
@Stateless
@RolesAllowed(Role.INTEGRATOR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ResoWebApi {

    @Resource
    SessionContext context;

    @Inject
    ActiveApiClients clients;

    @Inject
    ResoReader reader;

    /**
     * One page of records.
     *
     * @param rows  field name to value (String, Long, BigDecimal, Boolean, LocalDate, OffsetDateTime in UTC, or
     *              null), and for each expansion its name to a list of such maps
     * @param more  whether records follow this page (@odata.nextLink)
     * @param count every record the filter matches, when $count=true asked for it
     * @param pageSize the most records a page holds (the client's preference, if it had one we could honour)
     * @param skipToken where the next page starts, for @odata.nextLink's $skiptoken; null when the query orders by
     *                  more than one field (the next page is then $skip records further)
     */
    public record Page(List<Map<String, Object>> rows, boolean more, Long count, int pageSize, String skipToken) {
    }

    public String metadata() {
        callerStillActive();
        return ResoMetadata.document();
    }

    /**
     * A page of a resource's records.
     *
     * @param options           the request's query options, decoded
     * @param preferredPageSize the page size the client prefers ({@code Prefer: odata.maxpagesize}), or null
     */
    public Page collection(String entitySet, Map<String, String> options, Integer preferredPageSize) {
        callerStillActive();
        ResoQuery query = ResoQuery.parse(resource(entitySet), options, Instant.now());
        ResoReader.Page page = reader.read(query, preferredPageSize);
        return new Page(page.rows(), page.more(), page.count(), ResoReader.pageSize(query, preferredPageSize),
                page.next());
    }

    /** How many records a filter matches ({@code /Property/$count}). */
    public long count(String entitySet, Map<String, String> options) {
        callerStillActive();
        return reader.count(ResoQuery.parse(resource(entitySet), options, Instant.now()));
    }

    /**
     * One record by its key; not found when the resource does not serve it (not public, or no such key).
     *
     * @param keyName the key's name when the URL gave it ({@code Property(ListingKey='12')}), else null
     */
    public Map<String, Object> entity(String entitySet, String keyName, String key, Map<String, String> options) {
        callerStillActive();
        ResoResource resource = resource(entitySet);
        for (String collectionOnly : List.of("$filter", "$orderby", "$top", "$skip", "$count", "$skiptoken")) {
            if (options.containsKey(collectionOnly)) {
                throw new InvalidInputException(collectionOnly, "applies to a collection, not to one record");
            }
        }
        if (keyName != null && !keyName.equals(resource.key().name())) {
            throw new InvalidInputException("key", entitySet + "'s key is " + resource.key().name() + ", not "
                    + keyName);
        }
        return reader.byKey(ResoQuery.parse(resource, options, Instant.now()), key)
                .orElseThrow(() -> new RecordNotFoundException(resource.entitySet(), key));
    }

    private void callerStillActive() {
        clients.require(context.getCallerPrincipal().getName());
    }

    private static ResoResource resource(String entitySet) {
        return ResoResource.byEntitySet(entitySet).orElseThrow(() -> new RecordNotFoundException("resource",
                entitySet));
    }

    /** The entity sets the service document lists. */
    public List<String> entitySets() {
        callerStillActive();
        return Arrays.stream(ResoResource.values()).map(ResoResource::entitySet).toList();
    }
}
