package org.realtycrm.pipeline.entity;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * How one aggregator's files read: the header that carries each {@link ListField}. Saved once and reused by every
 * source that delivers that aggregator's lists; a file is previewed through it before a source is switched on.
 */
@Entity
@Table(name = "pipeline_mappings")
public class ColumnMapping extends Tracked {

    public static final int MAX_NAME = 120;
    public static final int MAX_HEADER = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MappingStyle style;

    /** JSON: field key → header. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String columns;

    protected ColumnMapping() {
        // for JPA
    }

    /** @param columns the headers to use; {@code null} or empty takes the style's own */
    public ColumnMapping(String name, MappingStyle style, Map<ListField, String> columns) {
        change(name, style, columns);
    }

    public void change(String name, MappingStyle style, Map<ListField, String> columns) {
        List<FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        }
        if (style == null) {
            errors.add(new FieldError("style", "must be one of PROPSTREAM, BATCHLEADS, LISTSOURCE, CUSTOM"));
        }
        Map<ListField, String> chosen = new EnumMap<>(ListField.class);
        if (columns == null || columns.isEmpty()) {
            if (style != null) {
                chosen.putAll(style.headers());
            }
        } else {
            columns.forEach((field, header) -> {
                if (header != null && !header.isBlank()) {
                    if (header.strip().length() > MAX_HEADER) {
                        errors.add(new FieldError("columns." + field.key(), "at most " + MAX_HEADER + " characters"));
                    }
                    chosen.put(field, header.strip());
                }
            });
        }
        if (!chosen.containsKey(ListField.OWNER_NAME) && !chosen.containsKey(ListField.OWNER_LAST_NAME)
                && !chosen.containsKey(ListField.OWNER_FIRST_NAME)) {
            errors.add(new FieldError("columns", "must name the owner's name column (ownerName or ownerLastName)"));
        }
        if (!chosen.containsKey(ListField.PROPERTY_STREET) && !chosen.containsKey(ListField.APN)) {
            errors.add(new FieldError("columns", "must name the property address column (propertyStreet) or the APN"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = trimmed;
        this.style = style;
        this.columns = write(chosen);
    }

    /** The mapping laid over a file's header row. */
    public MappedHeader over(List<String> header) {
        return new MappedHeader(getColumns(), header);
    }

    private static String write(Map<ListField, String> columns) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        columns.forEach((field, header) -> json.add(field.key(), header));
        return json.build().toString();
    }

    public Map<ListField, String> getColumns() {
        Map<ListField, String> read = new EnumMap<>(ListField.class);
        try (JsonReader reader = Json.createReader(new StringReader(columns))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                ListField field = ListField.byKey(entry.getKey());
                if (field != null && entry.getValue() instanceof JsonString header) {
                    read.put(field, header.getString());
                }
            }
        }
        return Collections.unmodifiableMap(read);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public MappingStyle getStyle() {
        return style;
    }

}
