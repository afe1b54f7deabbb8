package org.realtycrm.property.control;

/** The OData primitive types the RESO Web API serves, with their names in {@code $metadata}. */
public enum EdmType {
    STRING("Edm.String"),
    BOOLEAN("Edm.Boolean"),
    INT64("Edm.Int64"),
    DECIMAL("Edm.Decimal"),
    DATE("Edm.Date"),
    DATE_TIME_OFFSET("Edm.DateTimeOffset");

    private final String edmName;

    EdmType(String edmName) {
        this.edmName = edmName;
    }

    public String edmName() {
        return edmName;
    }

    public boolean isNumeric() {
        return this == INT64 || this == DECIMAL;
    }
}
