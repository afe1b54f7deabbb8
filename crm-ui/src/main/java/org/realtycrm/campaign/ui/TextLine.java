package org.realtycrm.campaign.ui;

import java.io.Serializable;

/** One text of a lead's conversation as the Texts section shows it: theirs or ours, when, what, and how it fared. */
public final class TextLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean inbound;
    private final String at;
    private final String body;
    private final String status;
    private final String note;
    private final String tone;

    /**
     * @param status how one of ours fared ("Sent", "Not sent: …"); null for theirs
     * @param note   what the text is when not plain conversation ("Opted out: …", "Automatic reply"); null if plain
     * @param tone   the styling of its status: {@code in}, {@code kept}, {@code sent}, {@code failed}, {@code refused}
     */
    TextLine(boolean inbound, String at, String body, String status, String note, String tone) {
        this.inbound = inbound;
        this.at = at;
        this.body = body;
        this.status = status;
        this.note = note;
        this.tone = tone;
    }

    public boolean isInbound() {
        return inbound;
    }

    public String getAt() {
        return at;
    }

    public String getBody() {
        return body;
    }

    public String getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getTone() {
        return tone;
    }
}
