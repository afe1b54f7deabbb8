package org.realtycrm.portal.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SavedSearches")
public class SavedSearchesJson {

    public List<SavedSearchJson> items;

    static SavedSearchesJson of(List<SavedSearchJson> items) {
        SavedSearchesJson json = new SavedSearchesJson();
        json.items = items;
        return json;
    }
}
