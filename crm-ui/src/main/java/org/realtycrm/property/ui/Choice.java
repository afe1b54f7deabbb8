package org.realtycrm.property.ui;

import java.io.Serializable;

/**
 * A lead or a listing offered by an autocomplete: its id and how it is named. Only the id counts: the boundary checks
 * again that the caller may see what it names.
 */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;

    public Choice(long id, String label) {
        this.id = id;
        this.label = label == null ? "" : label;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && choice.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
