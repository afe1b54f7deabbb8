package org.realtycrm.lead.ui;

import java.io.Serializable;

/** Something a select list offers by name and stands for by id: an agent, a team, a pond. */
public final class NamedChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    NamedChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
