package org.realtycrm.platform.sealing;

import jakarta.persistence.AttributeConverter;

/**
 * Stores the blind index of an exact value instead of the value. The entity keeps a second attribute beside the
 * sealed one and sets it to the same plain value whenever the value changes; queries compare that attribute with a
 * plain parameter, which the persistence provider converts the same way.
 *
 * <p>An index cannot be turned back into the value, so a loaded attribute holds the stored index behind a mark
 * (a NUL character), and writing it again writes that index unchanged: an entity loaded and saved for another
 * reason keeps its index, and is not made dirty by it. No value can carry the mark: an email address holds no
 * control character ({@code EmailAddress}), an E.164 number only '+' and digits.
 */
public abstract class BlindIndex implements AttributeConverter<String, String> {

    static final String STORED = "\u0000";

    private final String purpose;

    protected BlindIndex(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public String convertToDatabaseColumn(String value) {
        if (value == null) {
            return null;
        }
        return value.startsWith(STORED) ? value.substring(STORED.length())
                : FieldCiphers.current().blindIndex(purpose, value);
    }

    @Override
    public String convertToEntityAttribute(String index) {
        return index == null ? null : STORED + index;
    }

    /** The index of an email address (already normalised: lower case). */
    @jakarta.persistence.Converter
    public static class Email extends BlindIndex {
        public Email() {
            super(FieldCipher.EMAIL);
        }
    }

    /** The index of a phone number (already normalised: E.164). */
    @jakarta.persistence.Converter
    public static class Phone extends BlindIndex {
        public Phone() {
            super(FieldCipher.PHONE);
        }
    }
}
