package org.realtycrm.campaign.entity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the receiving server found of an email's sender, as SendGrid's Inbound Parse passes it on: the {@code SPF}
 * verdict on the envelope sender's domain ({@code pass}, {@code fail}, {@code softfail}, {@code neutral},
 * {@code none}, …) and the {@code dkim} verdicts, one per signature ({@code {@example.com : pass}}).
 *
 * <p>An email is <em>disowned</em> when the sender's own domain says it did not send it: SPF failed outright and no
 * DKIM signature of the {@code From} address's domain (or a domain it belongs to, or one of its subdomains) passed.
 * A soft fail, a neutral or missing verdict disowns nothing: much honest mail has them (forwarded mail, small
 * domains without SPF), and a reply lost costs more than a forged one taken in.
 */
public record SenderAuthentication(String spf, String dkim) {

    /** A signature's verdict: {@code @domain : result}. */
    private static final Pattern SIGNATURE = Pattern.compile("@([^\\s:,{}]+)\\s*:\\s*([a-zA-Z]+)");

    public SenderAuthentication {
        spf = spf == null ? "" : spf.strip().toLowerCase(Locale.ROOT);
        dkim = dkim == null ? "" : dkim;
    }

    /** @param fromAddress the {@code From} header's address */
    public boolean disowns(String fromAddress) {
        return spf.equals("fail") && !dkimPassesFor(domainOf(fromAddress));
    }

    /** Whether a DKIM signature of {@code domain}, of a domain it is part of, or of one of its subdomains passed. */
    boolean dkimPassesFor(String domain) {
        Matcher signature = SIGNATURE.matcher(dkim);
        while (signature.find()) {
            String signer = signature.group(1).toLowerCase(Locale.ROOT);
            if (signature.group(2).equalsIgnoreCase("pass") && !domain.isEmpty() && (signer.equals(domain)
                    || domain.endsWith("." + signer) || signer.endsWith("." + domain))) {
                return true;
            }
        }
        return false;
    }

    private static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
}
