package org.realtycrm.platform.sealing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text attribute sealed ({@link FieldCipher}); the entity holds the plain value. */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return FieldCiphers.current().seal(value);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return FieldCiphers.current().open(sealed);
    }
}
