package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.MergeFields;
import org.realtycrm.campaign.entity.MessageTemplate;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.ui.Choice;

/**
 * The caller's message templates (campaign-templates.xhtml; an admin's: everyone's): the list, a new one or a change
 * (an email's subject, and a second subject for an A/B test; a text has none), the merge fields a template may name,
 * and a preview of the saved template as one of the caller's leads would get it.
 */
@Named
@ViewScoped
public class TemplatesScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "template";
    static final String STALE = "Someone else changed this template while you were editing it. It has been reloaded"
            + " with their change: apply yours again.";

    @Inject
    Campaigns campaigns;

    @Inject
    Leads leads;

    private List<TemplateRow> rows = List.of();
    /** The template being changed; null while a new one is written. */
    private Long templateId;
    private Long version;
    private Channel channel = Channel.SMS;
    private String name;
    private String subject;
    private String subjectB;
    private String body;
    private Choice previewLead;
    /** Only a preview: not kept if the view is ever written out. */
    private transient Campaigns.Preview preview;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = campaigns.templates().stream().map(TemplateRow::of).toList();
    }

    public void startNew() {
        templateId = null;
        version = null;
        channel = Channel.SMS;
        name = null;
        subject = null;
        subjectB = null;
        body = null;
        preview = null;
    }

    public void edit(TemplateRow row) {
        show(row);
        preview = null;
    }

    private void show(TemplateRow row) {
        templateId = row.id();
        version = row.version();
        channel = row.channel();
        name = row.name();
        subject = row.subject();
        subjectB = row.subjectB();
        body = row.body();
    }

    public void save() {
        Campaigns.TemplateInput input = new Campaigns.TemplateInput(channel, name, isEmail() ? subject : null,
                isEmail() ? subjectB : null, body, version);
        try {
            MessageTemplate saved = templateId == null ? campaigns.createTemplate(input)
                    : campaigns.changeTemplate(templateId, input);
            Messages.info("Saved " + saved.getName() + ".");
            reload();
            show(TemplateRow.of(saved));
            preview = null;
        } catch (StaleVersionException stale) {
            reload();
            rows.stream().filter(row -> row.id() == templateId).findFirst().ifPresent(this::show);
            Messages.error(STALE);
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::template);
        }
    }

    /** The caller's leads whose name, email or phone matches: whom to preview the template for. */
    public List<Choice> completeLead(String text) {
        return LeadPicker.complete(leads, text);
    }

    /** The saved template as the chosen lead would get it. */
    public void preview() {
        preview = null;
        if (templateId == null) {
            Messages.error("Save the template first: the preview shows it as saved.");
            return;
        }
        if (previewLead == null) {
            Messages.error("Choose a lead to preview the template for.");
            return;
        }
        try {
            preview = campaigns.preview(templateId, previewLead.getId());
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::above);
        }
    }

    /** The merge fields as a template writes them: {@code {{firstName}}} (a fallback: {@code {{firstName|there}}}). */
    public List<String> getMergeFields() {
        return MergeFields.ALL.stream().map(field -> "{{" + field + "}}").toList();
    }

    public boolean isEmail() {
        return channel == Channel.EMAIL;
    }

    public boolean isNew() {
        return templateId == null;
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.SMS, Channel.EMAIL};
    }

    public List<TemplateRow> getRows() {
        return rows;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public Channel getChannel() {
        return channel;
    }

    /** A template's channel is fixed once it is saved. */
    public void setChannel(Channel channel) {
        if (templateId == null && channel != null) {
            this.channel = channel;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSubjectB() {
        return subjectB;
    }

    public void setSubjectB(String subjectB) {
        this.subjectB = subjectB;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Choice getPreviewLead() {
        return previewLead;
    }

    public void setPreviewLead(Choice previewLead) {
        this.previewLead = previewLead;
    }

    public Campaigns.Preview getPreview() {
        return preview;
    }
}
