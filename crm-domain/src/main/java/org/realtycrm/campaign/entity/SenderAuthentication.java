package org.realtycrm.campaign.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the receiving server found of an email's sender, as SendGrid's Inbound Parse passes it on: the {@code SPF}
 * verdict on the <em>envelope</em> sender's domain ({@code pass}, {@code fail}, {@code softfail}, {@code none}, …)
 * and the {@code dkim} verdicts, one per signature ({@code {@example.com : pass}}).
 *
 * <p>Neither says anything of the {@code From} header by itself: anyone may send from a domain of their own, with its
 * SPF passing, and write any {@code From}. So an email is vouched for only when the {@code From} address's domain
 * stands behind it, as DMARC has it (relaxed alignment): a DKIM signature of that domain passed, or SPF passed for an
 * envelope sender of that domain. A domain and its subdomains count as one (an organisation's mail servers often
 * sign or send as a subdomain).
 */
public record SenderAuthentication(String spf, String dkim) {

    /** A signature's verdict: {@code @domain : result}. */
    private static final Pattern SIGNATURE = Pattern.compile("@([^\\s:,{}]+)\\s*:\\s*([a-zA-Z]+)");

    public SenderAuthentication {
        spf = spf == null ? "" : spf.strip().toLowerCase(Locale.ROOT);
        dkim = dkim == null ? "" : dkim;
    }

    /**
     * Whether the {@code From} address's domain vouches for the email.
     *
     * @param fromAddress  the {@code From} header's address
     * @param envelopeFrom the envelope's sender (what SPF was checked for); null, blank or {@code <>} for none
     */
    public boolean vouchedFor(String fromAddress, String envelopeFrom) {
        String domain = domainOf(fromAddress);
        if (domain.isEmpty()) {
            return false;
        }
        return dkimPassesFor(domain) || spf.equals("pass") && aligned(domainOf(envelopeFrom), domain);
    }

    private boolean dkimPassesFor(String domain) {
        Matcher signature = SIGNATURE.matcher(dkim);
        while (signature.find()) {
            if (signature.group(2).equalsIgnoreCase("pass")
                    && aligned(signature.group(1).toLowerCase(Locale.ROOT), domain)) {
                return true;
            }
        }
        return false;
    }

    /** The same domain, or one a subdomain of the other. */
    private static boolean aligned(String one, String other) {
        return !one.isEmpty() && !other.isEmpty()
                && (one.equals(other) || one.endsWith("." + other) || other.endsWith("." + one));
    }

    private static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 0) {
            return "";
        }
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.endsWith(">") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
