package org.realtycrm.lead.batch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.realtycrm.lead.entity.PhoneType;

/**
 * The lead fields a CSV column can fill, and the header names each is recognised by. Header names are compared
 * without case, spaces or punctuation ("First Name", "first_name" and "FIRSTNAME" are the same).
 */
enum ImportField {
    FIRST_NAME("firstname", "first", "givenname", "fname", "forename"),
    LAST_NAME("lastname", "last", "surname", "familyname", "lname"),
    /** "Maria Lopez": split at the first space when there is no first-name column. */
    FULL_NAME("name", "fullname", "contactname", "contact", "leadname"),
    EMAIL("email", "emailaddress", "mail", "emails"),
    MOBILE_PHONE(PhoneType.MOBILE, "phone", "phones", "phonenumber", "phonenumbers", "mobile", "mobilephone", "cell",
            "cellphone", "telephone", "tel"),
    HOME_PHONE(PhoneType.HOME, "homephone", "home", "homenumber"),
    WORK_PHONE(PhoneType.WORK, "workphone", "work", "officephone", "businessphone", "worknumber"),
    OTHER_PHONE(PhoneType.OTHER, "otherphone", "phone2", "altphone", "alternatephone", "secondaryphone"),
    SOURCE("source", "leadsource", "origin", "channel"),
    TEMPERATURE("temperature", "temp", "rating", "heat"),
    STATUS("status", "leadstatus", "stage"),
    NEXT_FOLLOW_UP("nextfollowup", "nextfollowupat", "followup", "followupat", "followupdate"),
    NOTES("notes", "note", "comments", "comment", "description", "remarks"),
    ADDRESS("address", "streetaddress", "street", "address1", "addressline1", "mailingaddress"),
    CITY("city", "town"),
    STATE("state", "province", "stateorprovince", "region"),
    ZIP("zip", "zipcode", "postalcode", "postcode");

    private final PhoneType phoneType;
    private final List<String> names;

    ImportField(String... names) {
        this(null, names);
    }

    ImportField(PhoneType phoneType, String... names) {
        this.phoneType = phoneType;
        this.names = List.of(names);
    }

    /** The field a header names, if any. */
    static Optional<ImportField> forHeader(String header) {
        String key = normalize(header);
        for (ImportField field : values()) {
            if (field.names.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The kind of line for a phone column; empty for any other field. */
    Optional<PhoneType> phoneType() {
        return Optional.ofNullable(phoneType);
    }

    boolean isPhone() {
        return phoneType != null;
    }

    /** How the field is called in the documentation and in error messages. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
