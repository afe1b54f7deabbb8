package org.realtycrm.campaign.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The words of a campaign's email or text, with {@link MergeFields}. An email has a subject, and may have a second
 * one for an A/B test; a text has neither, and its body fits in ten segments. A template guards its own rules: every
 * wrong field is reported at once, and a merge field that does not exist is refused, not sent as written.
 */
@Entity
@Table(name = "message_templates")
public class MessageTemplate extends Tracked {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_EMAIL_BODY = 20_000;
    /** A text's limit, less room for the opt-out line a campaign adds when the words lack one. */
    public static final int MAX_TEXT_BODY = OutgoingText.MAX_BODY - 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private Channel channel;

    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(name = "subject_b", length = MAX_SUBJECT)
    private String subjectB;

    @Column(nullable = false)
    private String body;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    protected MessageTemplate() {
        // for JPA
    }

    public MessageTemplate(Channel channel, long ownerId, String name, String subject, String subjectB, String body) {
        if (channel != Channel.EMAIL && channel != Channel.SMS) {
            throw new InvalidInputException("channel", "must be EMAIL or SMS");
        }
        this.channel = channel;
        this.ownerId = ownerId;
        change(name, subject, subjectB, body);
    }

    /** Changes the words; a campaign's sends made before keep the words they went with (the outbox holds them). */
    public final void change(String newName, String newSubject, String newSubjectB, String newBody) {
        List<FieldError> errors = new ArrayList<>();
        String checkedName = text("name", newName, MAX_NAME, true, errors);
        String checkedSubject = null;
        String checkedB = null;
        if (channel == Channel.EMAIL) {
            checkedSubject = text("subject", newSubject, MAX_SUBJECT, true, errors);
            checkedB = text("subjectB", newSubjectB, MAX_SUBJECT, false, errors);
            MergeFields.check(checkedSubject, "subject", errors);
            MergeFields.check(checkedB, "subjectB", errors);
        } else {
            if (newSubject != null && !newSubject.isBlank()) {
                errors.add(new FieldError("subject", "a text has no subject"));
            }
            if (newSubjectB != null && !newSubjectB.isBlank()) {
                errors.add(new FieldError("subjectB", "a text has no subject"));
            }
        }
        int maxBody = channel == Channel.EMAIL ? MAX_EMAIL_BODY : MAX_TEXT_BODY;
        String checkedBody = text("body", newBody, maxBody, true, errors);
        MergeFields.check(checkedBody, "body", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = checkedName;
        this.subject = checkedSubject;
        this.subjectB = checkedB;
        this.body = checkedBody;
    }

    private static String text(String field, String value, int max, boolean required, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return stripped;
    }

    /** Whether the email's subject is tested A against B. */
    public boolean isAbTest() {
        return subjectB != null;
    }

    /** The subject of the variant ({@code 'A'} or {@code 'B'}) filled for one lead; null for a text. */
    public String subjectFor(char variant, Map<String, String> values) {
        if (subject == null) {
            return null;
        }
        return MergeFields.render(variant == 'B' && subjectB != null ? subjectB : subject, values);
    }

    public String bodyFor(Map<String, String> values) {
        return MergeFields.render(body, values);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectB() {
        return subjectB;
    }

    public String getBody() {
        return body;
    }

    public long getOwnerId() {
        return ownerId;
    }
}
