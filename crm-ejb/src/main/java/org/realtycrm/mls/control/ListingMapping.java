package org.realtycrm.mls.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.mls.entity.FeedOptions;
import org.realtycrm.mls.entity.MemberRecord;
import org.realtycrm.mls.entity.OfficeRecord;
import org.realtycrm.mls.entity.Roster;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.ListingFields;
import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.StandardStatus;

/**
 * Reads the Data Dictionary fields we map out of a feed's record: a listing, or a Member or Office record. A RESO
 * Web API record carries them under their DD names with JSON types; a RETS row carries every value as text under
 * the MLS's own names, which the feed's {@code field.<DD name>} options give ({@link FeedOptions}), and its status in
 * the MLS's own words, which its {@code lookup.StandardStatus.<value>} options translate ("Sold" is Closed). Both are
 * read here, so the rules of a field (what is a number, a date, a yes) live in one place. A value that is not what
 * the DD says it is refuses the record, naming each such field; the sync reports it and goes on with the rest of the
 * page.
 */
public final class ListingMapping {

    /** Where a member is reached, in the order asked: the phone the member prefers, else the first one given. */
    private static final List<String> MEMBER_PHONES =
            List.of("MemberPreferredPhone", "MemberDirectPhone", "MemberMobilePhone", "MemberOfficePhone");
    private static final List<String> MEMBER_FIELDS = List.of("MemberKey", "ModificationTimestamp", "MemberMlsId",
            "MemberFullName", "MemberFirstName", "MemberLastName", "MemberEmail", "MemberPreferredPhone",
            "MemberDirectPhone", "MemberMobilePhone", "MemberOfficePhone", "OfficeKey");
    private static final List<String> OFFICE_FIELDS = List.of("OfficeKey", "ModificationTimestamp", "OfficeMlsId",
            "OfficeName", "OfficePhone", "OfficeEmail");

    private final Function<String, String> localName;
    /** The feed's own status values → DD StandardStatus values; null when the feed sends DD values (RESO). */
    private final Map<String, String> statusLookup;

    private ListingMapping(Function<String, String> localName, Map<String, String> statusLookup) {
        this.localName = localName;
        this.statusLookup = statusLookup;
    }

    /** Fields under their DD names (a RESO Web API feed). */
    public static ListingMapping ddNames() {
        return new ListingMapping(Function.identity(), null);
    }

    /**
     * Fields under the names the feed's {@code field.<DD name>} options give, else under their DD names; a status
     * value named by a {@code lookup.StandardStatus.<value>} option stands for that DD value, any other must be one.
     */
    public static ListingMapping of(Map<String, String> feedOptions) {
        Map<String, String> statusLookup = new HashMap<>();
        feedOptions.forEach((name, value) -> {
            if (name.startsWith(FeedOptions.STATUS_LOOKUP_PREFIX)) {
                statusLookup.put(name.substring(FeedOptions.STATUS_LOOKUP_PREFIX.length()).strip(), value.strip());
            }
        });
        return new ListingMapping(dd -> feedOptions.getOrDefault(FeedOptions.FIELD_PREFIX + dd, dd),
                Map.copyOf(statusLookup));
    }

    /**
     * @throws InvalidInputException naming each field whose value is not of its DD type, and StandardStatus when it
     *                               is missing or not a DD value
     */
    public MlsListing listing(ListingRecord record) {
        Reader read = new Reader(record.raw());
        ListingFields fields = read.fields();
        read.failIfAny();
        return new MlsListing(record.listingKey(), record.modificationTimestamp(),
                record.photosChangeTimestamp().orElse(null), fields, record.raw().toString());
    }

    /**
     * The Member fields we keep (RETS: from an Agent row, under the names the feed's options give).
     *
     * @throws InvalidInputException when the key is longer than the DD allows
     */
    public MemberRecord member(RosterRecord record) {
        Reader read = new Reader(record.raw());
        String phone = MEMBER_PHONES.stream().map(read::text).filter(Objects::nonNull).findFirst().orElse(null);
        return new MemberRecord(record.key(), read.text("MemberMlsId"), read.text("MemberFullName"),
                read.text("MemberFirstName"), read.text("MemberLastName"), read.text("MemberEmail"), phone,
                read.text("OfficeKey"), record.modificationTimestamp());
    }

    /**
     * The Office fields we keep.
     *
     * @throws InvalidInputException when the key is longer than the DD allows
     */
    public OfficeRecord office(RosterRecord record) {
        Reader read = new Reader(record.raw());
        return new OfficeRecord(record.key(), read.text("OfficeMlsId"), read.text("OfficeName"),
                read.text("OfficePhone"), read.text("OfficeEmail"), record.modificationTimestamp());
    }

    /** The DD fields {@link #member} and {@link #office} read, with the key and timestamp: a RESO {@code $select}. */
    static List<String> fields(Roster roster) {
        return switch (roster) {
            case MEMBERS -> MEMBER_FIELDS;
            case OFFICES -> OFFICE_FIELDS;
        };
    }

    /** One record's values, gathering every problem before refusing it. */
    private final class Reader {

        private final JsonObject raw;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(JsonObject raw) {
            this.raw = raw;
        }

        ListingFields fields() {
            try {
                return ListingFields.builder()
                        .listingId(text("ListingId"))
                        .originatingSystemName(text("OriginatingSystemName"))
                        .standardStatus(status())
                        .propertyType(text("PropertyType"))
                        .propertySubType(text("PropertySubType"))
                        .listPrice(decimal("ListPrice"))
                        .originalListPrice(decimal("OriginalListPrice"))
                        .closePrice(decimal("ClosePrice"))
                        .closeDate(date("CloseDate"))
                        .listingContractDate(date("ListingContractDate"))
                        .daysOnMarket(integer("DaysOnMarket"))
                        .bedroomsTotal(integer("BedroomsTotal"))
                        .bathroomsTotalInteger(integer("BathroomsTotalInteger"))
                        .livingArea(decimal("LivingArea"))
                        .lotSizeArea(decimal("LotSizeArea"))
                        .yearBuilt(integer("YearBuilt"))
                        .streetNumber(text("StreetNumber"))
                        .streetName(text("StreetName"))
                        .streetSuffix(text("StreetSuffix"))
                        .unitNumber(text("UnitNumber"))
                        .unparsedAddress(text("UnparsedAddress"))
                        .city(text("City"))
                        .stateOrProvince(text("StateOrProvince"))
                        .postalCode(text("PostalCode"))
                        .countyOrParish(text("CountyOrParish"))
                        .latitude(decimal("Latitude"))
                        .longitude(decimal("Longitude"))
                        .publicRemarks(text("PublicRemarks"))
                        .listAgentKey(text("ListAgentKey"))
                        .listAgentFullName(text("ListAgentFullName"))
                        .listOfficeKey(text("ListOfficeKey"))
                        .listOfficeName(text("ListOfficeName"))
                        .internetEntireListingDisplayYN(yesNo("InternetEntireListingDisplayYN"))
                        .photosCount(integer("PhotosCount"))
                        .build();
            } catch (InvalidInputException e) {
                // a value of the right type the DD still refuses (a negative price, a latitude of 95)
                errors.addAll(e.errors());
                return null;
            }
        }

        void failIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }

        private Optional<JsonValue> value(String dd) {
            JsonValue value = raw.get(localName.apply(dd));
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || value instanceof JsonString s && s.getString().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private String text(String dd) {
            return value(dd).map(v -> v instanceof JsonString s ? s.getString().strip() : v.toString()).orElse(null);
        }

        private BigDecimal decimal(String dd) {
            return value(dd).map(v -> {
                try {
                    return v instanceof JsonNumber n ? n.bigDecimalValue()
                            : new BigDecimal(((JsonString) v).getString().strip().replace(",", ""));
                } catch (ClassCastException | NumberFormatException e) {
                    return wrong(dd, "is not a number: " + shown(v));
                }
            }).orElse(null);
        }

        private Integer integer(String dd) {
            BigDecimal number = decimal(dd);
            if (number == null) {
                return null;
            }
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                return wrong(dd, "is not a whole number: " + number.toPlainString());
            }
        }

        private LocalDate date(String dd) {
            return value(dd).map(v -> {
                String text = v instanceof JsonString s ? s.getString().strip() : v.toString();
                try {
                    // a date, or (some RETS servers) a date with a time of day
                    return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    try {
                        return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
                    } catch (DateTimeParseException again) {
                        return this.<LocalDate>wrong(dd, "is not a date: " + shown(v));
                    }
                }
            }).orElse(null);
        }

        private Boolean yesNo(String dd) {
            return value(dd).map(v -> switch (v.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> switch (text(dd).toLowerCase(Locale.ROOT)) {
                    case "true", "y", "yes", "1" -> Boolean.TRUE;
                    case "false", "n", "no", "0" -> Boolean.FALSE;
                    default -> this.<Boolean>wrong(dd, "is not yes or no: " + shown(v));
                };
            }).orElse(null);
        }

        private StandardStatus status() {
            String value = text("StandardStatus");
            if (value == null) {
                return wrong("StandardStatus", "is required");
            }
            if (statusLookup == null) {
                return StandardStatus.fromWire(value)
                        .orElseGet(() -> wrong("StandardStatus", "'" + value + "' is not a Data Dictionary StandardStatus"));
            }
            return StandardStatus.fromWire(statusLookup.getOrDefault(value, value))
                    .orElseGet(() -> wrong("StandardStatus", "'" + value + "' is not a Data Dictionary StandardStatus "
                            + "and no option " + FeedOptions.STATUS_LOOKUP_PREFIX + value + " names the one it stands for"));
        }

        private <T> T wrong(String dd, String message) {
            errors.add(new FieldError(dd, message));
            return null;
        }

        private String shown(JsonValue value) {
            String text = value instanceof JsonString s ? s.getString() : value.toString();
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
