package org.realtycrm.integration.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What an inbound delivery carries: who asked (their name, email, phone: checked by the rules of every lead), what
 * they asked, and where: the listing it was about, the page it was sent from.
 *
 * @param propertyId our id of the listing it is about, or {@code null}
 * @param profile    what the person wants, as the sender knows it (routing reads it); {@code null} for nothing known
 */
public record Inquiry(InquiryKind kind, String firstName, String lastName, String email, String phone,
        String message, Long propertyId, String pageUrl, LeadProfile profile) {

    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_PAGE_URL = 2000;
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");

    /** @throws InvalidInputException with every problem of the inquiry's own fields at once */
    public Inquiry {
        List<FieldError> errors = problems(kind, message, pageUrl);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        message = message == null || message.isBlank() ? null : message.strip();
        pageUrl = pageUrl == null || pageUrl.isBlank() ? null : pageUrl.strip();
        profile = profile == null ? LeadProfile.NONE : profile;
    }

    /** What is wrong with these fields of an inquiry, for a reader that reports them with its own. */
    public static List<FieldError> problems(InquiryKind kind, String message, String pageUrl) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "must be one of " + InquiryKind.listed()));
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            errors.add(new FieldError("message", "must be at most " + MAX_MESSAGE + " characters"));
        }
        boolean noPage = pageUrl == null || pageUrl.isBlank();
        if (!noPage && (pageUrl.strip().length() > MAX_PAGE_URL || !WEB_ADDRESS.matcher(pageUrl.strip()).matches())) {
            errors.add(new FieldError("pageUrl", "must be an http(s) address of at most " + MAX_PAGE_URL
                    + " characters"));
        }
        return errors;
    }
}
