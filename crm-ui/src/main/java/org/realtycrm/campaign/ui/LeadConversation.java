package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.LeadTexts;
import org.realtycrm.campaign.entity.ConversationText;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.TextStatus;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.lead.ui.LeadView;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * The "Texts" section of a lead's page: the texts with the lead both ways, oldest first, and a text to them (their
 * first mobile number, else their first). Every text passes the compliance gate in {@link LeadTexts}: a refused one
 * is said in words and stays in the conversation as not sent.
 *
 * <p>Each composed message has its own idempotency key, which the page sends with it: a click repeated because the
 * answer was lost sends nothing twice. A new key comes with the next message, and after a refusal or a failure too,
 * so that sending the same words again is a new attempt that the gate decides anew.
 */
@Named
@ViewScoped
public class LeadConversation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "leadTexts";

    @Inject
    LeadTexts texts;

    @Inject
    LeadView lead;

    @Inject
    Brokerage brokerage;

    private List<TextLine> conversation;
    private String body;
    private String draftKey = newDraftKey();

    public List<TextLine> getConversation() {
        if (conversation == null) {
            conversation = texts.conversation(lead.getId()).stream().map(this::line).toList();
        }
        return conversation;
    }

    /** Reads the conversation again when it is next shown: the bell's push said something arrived. */
    public void refresh() {
        conversation = null;
    }

    public void send() {
        try {
            LeadTexts.SentText sent = texts.send(lead.getId(), null, body, draftKey);
            OutboxText text = sent.text();
            if (sent.refused()) {
                Messages.warn(TextWords.notSent(TextWords.refusals(text.getRefusal()), ourZone()) + ".");
            } else if (text.getStatus() == TextStatus.FAILED) {
                Messages.error("Failed: " + text.getError());
            } else {
                Messages.info(!sent.isNew() ? "Already sent: this message went before and was not sent again."
                        : text.getStatus() == TextStatus.RECORDED ? "Kept: this server only keeps its texts."
                        : "Sent.");
                body = null;
            }
            draftKey = newDraftKey();
            conversation = null;
            lead.timelineChanged();
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    /** Whether the lead as stored has a number to text. */
    public boolean isTextable() {
        return lead.isPhoneOnFile();
    }

    public int getMaxLength() {
        return OutgoingText.MAX_BODY;
    }

    private TextLine line(ConversationText text) {
        String at = brokerage.format(text.at());
        String note = TextWords.note(text.inbound(), text.category());
        if (text.inbound()) {
            return new TextLine(true, at, text.body(), null, note, "in");
        }
        TextStatus status = TextStatus.valueOf(text.status());
        List<Refusal> refusals = TextWords.refusals(text.refusal());
        return new TextLine(false, at, text.body(), TextWords.status(status, text.carrierStatus(),
                text.error(), refusals, ourZone()), note, switch (status) {
                    case RECORDED -> "kept";
                    case SENT -> "sent";
                    case FAILED -> "failed";
                    case REFUSED -> "refused";
                });
    }

    private ZoneId ourZone() {
        return ZoneId.of(brokerage.getZoneId());
    }

    private static String newDraftKey() {
        return UUID.randomUUID().toString();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getDraftKey() {
        return draftKey;
    }

    /** The key the page composed the message under (a hidden field): a repeated request carries the same one. */
    public void setDraftKey(String draftKey) {
        this.draftKey = draftKey;
    }
}
