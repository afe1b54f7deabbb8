package org.realtycrm.property.entity;

/** The fields whose every change {@link PriceStatusChange} records. */
public enum HistoryField {
    LIST_PRICE,
    STANDARD_STATUS
}
