package org.realtycrm.campaign.ui;

import java.io.Serializable;

import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.MessageTemplate;

/** A template as its list and its form show it, with the version it was read at. */
public record TemplateRow(long id, Channel channel, String name, String subject, String subjectB, String body,
        long version) implements Serializable {

    static TemplateRow of(MessageTemplate template) {
        return new TemplateRow(template.getId(), template.getChannel(), template.getName(), template.getSubject(),
                template.getSubjectB(), template.getBody(), template.getVersion());
    }

    static final int EXCERPT = 160;

    /** The words' beginning, as the list shows them. */
    public String excerpt() {
        return body == null || body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
    }

    /** "Spring hello (SMS)": how a step's template picker names it. */
    public String label() {
        return name + " (" + channel + ")";
    }
}
