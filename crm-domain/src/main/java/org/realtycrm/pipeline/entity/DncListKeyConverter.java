package org.realtycrm.pipeline.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class DncListKeyConverter implements AttributeConverter<DncListKey, String> {

    @Override
    public String convertToDatabaseColumn(DncListKey key) {
        return key == null ? null : key.value();
    }

    @Override
    public DncListKey convertToEntityAttribute(String value) {
        return value == null ? null : new DncListKey(value);
    }
}
