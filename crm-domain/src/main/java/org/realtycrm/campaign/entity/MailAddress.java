package org.realtycrm.campaign.entity;

import java.util.Locale;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The addresses mail is sent to and from. Stricter than {@code identity.entity.EmailAddress}, which accepts what
 * people type into a lead: an address we put into a message's envelope and headers is a dot-atom
 * ({@code local@domain}) and nothing else. No quoted local parts, no comments, no IP literals, no spaces, commas,
 * angle brackets or line breaks, so an address can never add a recipient or a header. The domain is a host name of
 * at least two labels; an international domain is written in its {@code xn--} form. Stored lower-cased, as every
 * email of the product is.
 */
public final class MailAddress {

    /** RFC 5321's limit of a forward path, as for every email of the product. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    /** RFC 5322 atext, in dot-separated atoms. */
    private static final Pattern LOCAL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** Host labels (letters, digits, inner hyphens, at most 63 each); the last one starts with a letter. */
    private static final Pattern DOMAIN = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    private MailAddress() {
    }

    /**
     * @param field the name the caller knows the value by, for the error
     * @return the address stripped and lower-cased
     * @throws InvalidInputException when blank, longer than 254 characters or not a plain address; the message never
     *                               repeats the value (it is personal data, and errors are logged)
     */
    public static String of(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        String address = raw.strip().toLowerCase(Locale.ROOT);
        // a control character is refused even where stripping would drop it (a trailing CR LF): never cleaned
        if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7F) || !isValid(address)) {
            throw new InvalidInputException(field, "is not a valid email address");
        }
        return address;
    }

    /** Whether a lower-cased, stripped value is an address we send to. */
    public static boolean isValid(String address) {
        if (address.length() > MAX_LENGTH) {
            return false; // checked first: the expressions below then never see a long input
        }
        int at = address.indexOf('@');
        if (at < 1 || at > MAX_LOCAL_LENGTH || at != address.lastIndexOf('@')) {
            return false;
        }
        return LOCAL.matcher(address.substring(0, at)).matches()
                && DOMAIN.matcher(address.substring(at + 1)).matches();
    }
}
