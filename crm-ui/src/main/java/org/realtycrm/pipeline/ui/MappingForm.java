package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ListField;
import org.realtycrm.pipeline.entity.MappingStyle;

/**
 * The mapping form's fields: a name, the aggregator's style, and for every {@link ListField} the header of the file
 * column that carries it (empty when the aggregator's files do not have it).
 */
public class MappingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field of the list and the header its column has in this aggregator's files. */
    public static final class Column implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ListField field;
        private String header;

        Column(ListField field, String header) {
            this.field = field;
            this.header = header;
        }

        public String getLabel() {
            return field.label();
        }

        /** The field's name in saved mappings and in the API; the page marks each input with it. */
        public String getKey() {
            return field.key();
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    private Long id;
    private long version;
    private String name;
    private MappingStyle style = MappingStyle.CUSTOM;
    private final List<Column> columns;

    MappingForm() {
        this(Map.of());
    }

    private MappingForm(Map<ListField, String> headers) {
        columns = Arrays.stream(ListField.values()).map(field -> new Column(field, headers.get(field))).toList();
    }

    static MappingForm of(ColumnMapping mapping) {
        MappingForm form = new MappingForm(mapping.getColumns());
        form.id = mapping.getId();
        form.version = mapping.getVersion();
        form.name = mapping.getName();
        form.style = mapping.getStyle();
        return form;
    }

    /** Starts every header from the style's: what the aggregator's exports print, to correct where a file differs. */
    void takeHeadersOfStyle() {
        Map<ListField, String> headers = style == null ? Map.of() : style.headers();
        columns.forEach(column -> column.setHeader(headers.get(column.field)));
    }

    /** The headers given, by field; the empty ones are left out. */
    Map<ListField, String> headers() {
        Map<ListField, String> headers = new EnumMap<>(ListField.class);
        columns.stream().filter(column -> column.header != null && !column.header.isBlank())
                .forEach(column -> headers.put(column.field, column.header));
        return headers;
    }

    /** Whether the form adds one (no id yet) rather than changing a saved one. */
    public boolean isNew() {
        return id == null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MappingStyle getStyle() {
        return style;
    }

    public void setStyle(MappingStyle style) {
        this.style = style;
    }
}
