package org.realtycrm.pipeline.entity;

/** Where a list is sent next, each wanting its own file ({@link ExportFormat}). */
public enum ExportPlatform {
    /** Meta (Facebook, Instagram) Custom Audiences: a customer list, normalised and SHA-256 hashed. */
    META,
    /** Google Ads Customer Match: its CSV template, identifiers hashed. */
    GOOGLE,
    /** Mailchimp's audience import. */
    MAILCHIMP,
    /** A direct-mail house: one envelope per owner. */
    DIRECT_MAIL,
    /** A dialer: only numbers that may be called today. */
    DIALER;

    public ExportFormat format() {
        return switch (this) {
            case META -> new MetaAudienceFormat();
            case GOOGLE -> new GoogleCustomerMatchFormat();
            case MAILCHIMP -> new MailchimpFormat();
            case DIRECT_MAIL -> new DirectMailFormat();
            case DIALER -> new DialerFormat();
        };
    }
}
