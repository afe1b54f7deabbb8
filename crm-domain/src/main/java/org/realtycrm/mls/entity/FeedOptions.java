package org.realtycrm.mls.entity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.StandardStatus;

/**
 * The protocol settings of a feed beyond what every feed has, as name → value. Each kind knows its own names, and
 * anything else is refused, so a typo never silently falls back to a default.
 *
 * <p>RESO Web API (all optional): {@value #RESOURCE} (the entity set, "Property"), {@value #MEDIA_RESOURCE}
 * ("Media"), {@value #EXPAND_MEDIA} ("true": Media through {@code $expand} rather than the Media resource),
 * {@value #FILTER} (an OData filter every request adds, e.g. {@code OriginatingSystemName eq 'actris'}),
 * {@value #CLIENT_AUTHENTICATION} ("basic" or "body": how the client credentials reach the token endpoint),
 * {@value #SCOPE}, {@value #MEMBER_RESOURCE} ("Member") and {@value #OFFICE_RESOURCE} ("Office").
 *
 * <p>RETS: {@value #SEARCH_CLASS}, {@value #KEY_FIELD} and {@value #MODIFICATION_FIELD} are required (the class
 * searched, and the MLS's own names of the listing key and modification time); optional are {@value #RESOURCE}
 * ("Property"), {@value #PHOTOS_CHANGE_FIELD}, {@value #STATUS_FIELD}, {@value #DELETED_STATUSES} (comma-separated
 * values of the status field that withdraw a listing), {@value #SERVER_ZONE} (e.g. America/Chicago),
 * {@value #PHOTO_TYPE} ("Photo"), {@value #USER_AGENT}, {@value #PAGES_PER_WINDOW} (how many pages of Limit rows
 * one window of a replication query aims at, 10: what a failed sync reads again), {@code field.<DD name>} = the
 * MLS's name of that Data Dictionary field (e.g. {@code field.ListPrice = LIST_22}; a field not named is read under
 * its DD name), and {@code lookup.StandardStatus.<MLS value>} = the Data Dictionary StandardStatus that the MLS's
 * own status value stands for (e.g. {@code lookup.StandardStatus.Sold = Closed}; a value not named must be a DD
 * value already). Members and offices come from a RETS server only when their search is named:
 * {@value #MEMBER_CLASS}, {@value #MEMBER_KEY_FIELD} and {@value #MEMBER_MODIFICATION_FIELD} together, optionally
 * {@value #MEMBER_RESOURCE} ("Agent"); the same for {@code office…} ("Office"). Their other fields are named by
 * {@code field.<DD name>} too (e.g. {@code field.MemberFullName = AGENT_NAME}).
 */
public final class FeedOptions {

    public static final String RESOURCE = "resource";
    public static final String MEDIA_RESOURCE = "mediaResource";
    public static final String EXPAND_MEDIA = "expandMedia";
    public static final String FILTER = "filter";
    public static final String CLIENT_AUTHENTICATION = "clientAuthentication";
    public static final String SCOPE = "scope";
    public static final String SEARCH_CLASS = "class";
    public static final String KEY_FIELD = "keyField";
    public static final String MODIFICATION_FIELD = "modificationField";
    public static final String PHOTOS_CHANGE_FIELD = "photosChangeField";
    public static final String STATUS_FIELD = "statusField";
    public static final String DELETED_STATUSES = "deletedStatuses";
    public static final String SERVER_ZONE = "serverZone";
    public static final String PHOTO_TYPE = "photoType";
    public static final String USER_AGENT = "userAgent";
    public static final String MEMBER_RESOURCE = "memberResource";
    public static final String MEMBER_CLASS = "memberClass";
    public static final String MEMBER_KEY_FIELD = "memberKeyField";
    public static final String MEMBER_MODIFICATION_FIELD = "memberModificationField";
    public static final String OFFICE_RESOURCE = "officeResource";
    public static final String OFFICE_CLASS = "officeClass";
    public static final String OFFICE_KEY_FIELD = "officeKeyField";
    public static final String OFFICE_MODIFICATION_FIELD = "officeModificationField";
    public static final String PAGES_PER_WINDOW = "pagesPerWindow";
    /** The prefix of a RETS field-name mapping: {@code field.ListPrice}. */
    public static final String FIELD_PREFIX = "field.";
    /** The prefix of a RETS status value's DD StandardStatus: {@code lookup.StandardStatus.Sold}. */
    public static final String STATUS_LOOKUP_PREFIX = "lookup.StandardStatus.";
    public static final int MAX_PAGES_PER_WINDOW = 1000;

    public static final int MAX_OPTIONS = 200;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_VALUE_LENGTH = 1000;

    /** The options that say where a roster is: its resource and, on a RETS server, the search that reads it. */
    public record RosterNames(String resource, String searchClass, String keyField, String modificationField) {

        private List<String> search() {
            return List.of(searchClass, keyField, modificationField);
        }
    }

    private static final RosterNames MEMBER_NAMES = new RosterNames(MEMBER_RESOURCE, MEMBER_CLASS, MEMBER_KEY_FIELD,
            MEMBER_MODIFICATION_FIELD);
    private static final RosterNames OFFICE_NAMES = new RosterNames(OFFICE_RESOURCE, OFFICE_CLASS, OFFICE_KEY_FIELD,
            OFFICE_MODIFICATION_FIELD);

    private static final Set<String> RESO_NAMES = Set.of(RESOURCE, MEDIA_RESOURCE, EXPAND_MEDIA, FILTER,
            CLIENT_AUTHENTICATION, SCOPE, MEMBER_RESOURCE, OFFICE_RESOURCE);
    private static final Set<String> RETS_NAMES = Set.of(RESOURCE, SEARCH_CLASS, KEY_FIELD, MODIFICATION_FIELD,
            PHOTOS_CHANGE_FIELD, STATUS_FIELD, DELETED_STATUSES, SERVER_ZONE, PHOTO_TYPE, USER_AGENT, PAGES_PER_WINDOW,
            MEMBER_RESOURCE, MEMBER_CLASS, MEMBER_KEY_FIELD, MEMBER_MODIFICATION_FIELD,
            OFFICE_RESOURCE, OFFICE_CLASS, OFFICE_KEY_FIELD, OFFICE_MODIFICATION_FIELD);
    private static final List<String> RETS_REQUIRED = List.of(SEARCH_CLASS, KEY_FIELD, MODIFICATION_FIELD);
    private static final Pattern DD_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern SYSTEM_NAME = Pattern.compile("[A-Za-z0-9_.:-]+");

    private FeedOptions() {
    }

    /** The names of the roster's options. */
    public static RosterNames rosterNames(Roster roster) {
        return switch (roster) {
            case MEMBERS -> MEMBER_NAMES;
            case OFFICES -> OFFICE_NAMES;
        };
    }

    /**
     * The options checked for {@code kind}, sorted by name and unmodifiable; blank values are dropped.
     *
     * @throws InvalidInputException naming each unknown, malformed or missing option
     */
    static Map<String, String> checked(FeedKind kind, Map<String, String> options) {
        Map<String, String> result = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (options != null) {
            if (options.size() > MAX_OPTIONS) {
                throw new InvalidInputException("options", "at most " + MAX_OPTIONS + " options");
            }
            options.forEach((name, value) -> {
                if (name == null || value == null || value.isBlank()) {
                    return;
                }
                String field = "options." + name;
                String text = value.strip();
                if (name.length() > MAX_NAME_LENGTH || text.length() > MAX_VALUE_LENGTH) {
                    errors.add(new FieldError(field, "names and values are at most " + MAX_NAME_LENGTH + " and "
                            + MAX_VALUE_LENGTH + " characters"));
                } else if (!known(kind, name)) {
                    errors.add(new FieldError(field, "is not an option of a " + kind + " feed"));
                } else {
                    problem(name, text).ifPresentOrElse(message -> errors.add(new FieldError(field, message)),
                            () -> result.put(name, text));
                }
            });
        }
        if (kind == FeedKind.RETS) {
            RETS_REQUIRED.stream()
                    .filter(name -> missing(name, result, errors))
                    .forEach(name -> errors.add(new FieldError("options." + name, "is required for a RETS feed")));
            for (Roster roster : Roster.values()) {
                // a roster's search is named whole or not at all: half a search would fail at every sync
                List<String> search = rosterNames(roster).search();
                if (search.stream().anyMatch(result::containsKey)) {
                    search.stream().filter(name -> missing(name, result, errors))
                            .forEach(name -> errors.add(new FieldError("options." + name, "is required with "
                                    + String.join(", ", search) + " to read the " + roster.resource() + " records")));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Collections.unmodifiableMap(result);
    }

    /** Not given, and not already refused (a refused option is named once). */
    private static boolean missing(String name, Map<String, String> given, List<FieldError> errors) {
        return !given.containsKey(name) && errors.stream().noneMatch(error -> error.field().equals("options." + name));
    }

    private static boolean known(FeedKind kind, String name) {
        if (kind == FeedKind.RESO_WEB_API) {
            return RESO_NAMES.contains(name);
        }
        return RETS_NAMES.contains(name)
                || name.startsWith(FIELD_PREFIX) && DD_NAME.matcher(name.substring(FIELD_PREFIX.length())).matches()
                || name.startsWith(STATUS_LOOKUP_PREFIX) && !name.substring(STATUS_LOOKUP_PREFIX.length()).isBlank();
    }

    private static Optional<String> problem(String name, String value) {
        if (name.startsWith(STATUS_LOOKUP_PREFIX)) {
            return StandardStatus.fromWire(value).isPresent() ? Optional.empty()
                    : Optional.of("is not a Data Dictionary StandardStatus (e.g. Closed, Active Under Contract)");
        }
        switch (name) {
            case EXPAND_MEDIA:
                return value.equals("true") || value.equals("false") ? Optional.empty()
                        : Optional.of("is true or false");
            case CLIENT_AUTHENTICATION:
                return value.equals("basic") || value.equals("body") ? Optional.empty()
                        : Optional.of("is basic or body");
            case SERVER_ZONE:
                try {
                    ZoneId.of(value);
                    return Optional.empty();
                } catch (DateTimeException e) {
                    return Optional.of("is not a time zone (e.g. America/Chicago)");
                }
            case PAGES_PER_WINDOW:
                return value.matches("[0-9]{1,4}") && Integer.parseInt(value) >= 1
                        && Integer.parseInt(value) <= MAX_PAGES_PER_WINDOW ? Optional.empty()
                        : Optional.of("is a whole number from 1 to " + MAX_PAGES_PER_WINDOW);
            case FILTER, SCOPE, USER_AGENT, DELETED_STATUSES:
                return Optional.empty();
            default:
                // the names of resources, classes and fields
                return SYSTEM_NAME.matcher(value).matches() ? Optional.empty()
                        : Optional.of("is a name (letters, digits, '_', '.', ':', '-')");
        }
    }
}
