package org.realtycrm.property.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link StandardStatus} as its DD string, which the column's check constraint lists. */
@Converter
public class StandardStatusConverter implements AttributeConverter<StandardStatus, String> {

    @Override
    public String convertToDatabaseColumn(StandardStatus status) {
        return status == null ? null : status.wireValue();
    }

    @Override
    public StandardStatus convertToEntityAttribute(String value) {
        return value == null ? null : StandardStatus.fromWire(value)
                .orElseThrow(() -> new IllegalStateException("not a StandardStatus: " + value));
    }
}
