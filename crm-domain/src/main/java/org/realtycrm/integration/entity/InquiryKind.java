package org.realtycrm.integration.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a visitor asked for. Stored by name in audit entries: append, never rename. */
public enum InquiryKind {
    /** "Contact the agent" about a listing, or in general. */
    CONTACT,
    /** "Schedule a showing" of a listing. */
    SHOWING,
    /** "What is my home worth": a seller. */
    HOME_VALUE,
    /** Signed up on the website (saved searches, favourites). */
    SIGN_UP;

    /** "CONTACT, SHOWING, HOME_VALUE, SIGN_UP", for an answer that says what a kind may be. */
    public static String listed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The words of a timeline entry or a notification: "showing request". */
    public String words() {
        return switch (this) {
            case CONTACT -> "question";
            case SHOWING -> "showing request";
            case HOME_VALUE -> "home value request";
            case SIGN_UP -> "website sign-up";
        };
    }
}
