package org.realtycrm.portal.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.portal.entity.SavedSearch;

@Schema(name = "SavedSearch")
public class SavedSearchJson {

    public long id;
    public String name;
    public CriteriaJson criteria;
    @Schema(enumeration = {"INSTANT", "DAILY", "OFF"})
    public String frequency;
    public Instant createdAt;
    public Instant lastSentAt;

    static SavedSearchJson of(SavedSearch search) {
        SavedSearchJson json = new SavedSearchJson();
        json.id = search.getId();
        json.name = search.getName();
        json.criteria = CriteriaJson.of(search.getCriteria());
        json.frequency = search.getFrequency().name();
        json.createdAt = search.getCreatedAt();
        json.lastSentAt = search.getLastSentAt();
        return json;
    }
}
