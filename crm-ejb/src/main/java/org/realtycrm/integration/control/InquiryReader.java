package org.realtycrm.integration.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.integration.entity.Inquiry;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.integration.entity.InquiryKind;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Reads a delivery's body, after its signature is checked, into an inquiry: every problem of its own fields at once,
 * by their JSON names (the contact's name, email and phone are then checked by the rules of every lead).
 */
public final class InquiryReader {

    private InquiryReader() {
    }

    public static Inquiry read(JsonValue body) {
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        JsonObject json = body.asJsonObject();
        List<FieldError> errors = new ArrayList<>();
        InquiryKind kind = kind(json, errors);
        String firstName = text(json, "firstName", errors);
        String lastName = text(json, "lastName", errors);
        String email = text(json, "email", errors);
        String phone = text(json, "phone", errors);
        String message = text(json, "message", errors);
        String pageUrl = text(json, "pageUrl", errors);
        Long propertyId = id(json, "propertyId", errors);
        LeadProfile profile = profile(json, errors);
        errors.addAll(Inquiry.problems(kind, message, pageUrl));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Inquiry(kind, firstName, lastName, email, phone, message, propertyId, pageUrl, profile);
    }

    /** What the person wants, as our lead JSON names it: leadType, postalCode, city, price, language. */
    private static LeadProfile profile(JsonObject json, List<FieldError> errors) {
        int before = errors.size();
        String typeName = text(json, "leadType", errors);
        LeadType type = null;
        if (typeName != null) {
            try {
                type = LeadType.valueOf(typeName.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("leadType", "must be one of BUYER, SELLER, INVESTOR"));
            }
        }
        String postalCode = text(json, "postalCode", errors);
        String city = text(json, "city", errors);
        String language = text(json, "language", errors);
        BigDecimal price = null;
        JsonValue priceValue = json.get("price");
        if (priceValue instanceof JsonNumber number) {
            price = number.bigDecimalValue();
        } else if (priceValue != null && priceValue.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError("price", "must be a number"));
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new LeadProfile(type, postalCode, city, price, language);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static InquiryKind kind(JsonObject json, List<FieldError> errors) {
        int before = errors.size();
        String name = text(json, "kind", errors);
        if (errors.size() > before) {
            return InquiryKind.CONTACT; // reported; a stand-in, so that it is not reported as missing too
        }
        try {
            return name == null ? null : InquiryKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be one of " + InquiryKind.listed()));
            return InquiryKind.CONTACT; // the same
        }
    }

    private static String text(JsonObject json, String field, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            if (string.getString().indexOf('\0') >= 0) {
                // PostgreSQL's text cannot hold it
                errors.add(new FieldError(field, "must not contain the NUL character"));
                return null;
            }
            return string.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private static Long id(JsonObject json, String field, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                if (id > 0) {
                    return id;
                }
            } catch (ArithmeticException tooLarge) {
                // reported below: no listing has an id beyond a long
            }
        }
        errors.add(new FieldError(field, "must be a listing's id (a positive whole number)"));
        return null;
    }
}
