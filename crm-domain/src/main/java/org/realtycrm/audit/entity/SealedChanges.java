package org.realtycrm.audit.entity;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Stores an activity's changes with the before and after of contact data sealed ({@link FieldCipher}): the audit
 * trail must not keep in the clear what the records themselves seal. Field names and other values stay readable,
 * so the trail can still be read and extended in SQL (the import adds the assigned agent there).
 */
@Converter
public class SealedChanges implements AttributeConverter<String, String> {

    /**
     * Fields whose values are contact data or free text about a person, in any record's audit state ("note" is
     * the field a lead's note is kept under; "message" and "pageUrl" an inbound inquiry's words and page).
     */
    static final Set<String> SEALED_FIELDS = Set.of("email", "phones", "notes", "note", "message", "pageUrl");

    private static final Pattern VERSION = Pattern.compile("v(\\d{1,9}):");

    /** Looked up once: Json.createReader and friends look the provider up again at every call, slowly. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(String changesJson) {
        return seal(changesJson);
    }

    @Override
    public String convertToEntityAttribute(String storedJson) {
        return storedJson == null ? null : rewrite(storedJson, FieldCiphers.current()::open);
    }

    /** The stored form of changes JSON, for writers that insert activities set-based (the CSV import). */
    public static String seal(String changesJson) {
        return changesJson == null ? null : rewrite(changesJson, FieldCiphers.current()::seal);
    }

    /** Stored changes sealed again with the active key (after a key rotation). */
    public static String reseal(String storedJson) {
        return storedJson == null ? null : seal(rewrite(storedJson, FieldCiphers.current()::open));
    }

    /**
     * The key versions of the sealed values in stored changes (empty when none is sealed); what the re-sealing after
     * a rotation looks at, rather than anything in the JSON that only looks like a sealed value.
     */
    public static Set<Integer> sealedVersions(String storedJson) {
        Set<Integer> versions = new TreeSet<>();
        if (storedJson == null) {
            return versions;
        }
        rewrite(storedJson, sealed -> {
            Matcher version = VERSION.matcher(sealed);
            if (version.lookingAt()) {
                versions.add(Integer.parseInt(version.group(1)));
            }
            return sealed;
        });
        return versions;
    }

    private static String rewrite(String json, UnaryOperator<String> value) {
        JsonObject changes;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            changes = reader.readObject();
        }
        if (changes.keySet().stream().noneMatch(SEALED_FIELDS::contains)) {
            return json;
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : changes.entrySet()) {
            if (SEALED_FIELDS.contains(field.getKey()) && field.getValue() instanceof JsonObject change) {
                JsonObjectBuilder sides = JSON.createObjectBuilder();
                for (Map.Entry<String, JsonValue> side : change.entrySet()) {
                    sides.add(side.getKey(), side.getValue() instanceof JsonString text
                            ? JSON.createValue(value.apply(text.getString())) : side.getValue());
                }
                out.add(field.getKey(), sides);
            } else {
                out.add(field.getKey(), field.getValue());
            }
        }
        return out.build().toString();
    }
}
