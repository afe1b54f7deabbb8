package org.realtycrm.portal.control;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.portal.entity.SearchCriteria;

/** The website's addresses the portal's emails link to: its pages, not the core's. */
@ApplicationScoped
public class PortalLinks {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    @Inject
    @ConfigProperty(name = PortalSettings.SITE_URL)
    String siteUrl;

    public URI verify(String token) {
        return page("/account/verify?token=" + token);
    }

    public URI invitation(String token) {
        return page("/account/welcome?token=" + token);
    }

    public URI passwordReset(String token) {
        return page("/account/reset?token=" + token);
    }

    public URI signIn() {
        return page("/account/sign-in");
    }

    public URI unsubscribe(String token) {
        return page("/alerts/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The website's search with these criteria: every home a saved search would find, for sale now. */
    public URI search(SearchCriteria criteria) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameter(query, "q", criteria.getText());
        parameter(query, "city", criteria.getCity());
        parameter(query, "zip", criteria.getPostalCode());
        parameter(query, "minPrice", whole(criteria.getMinPrice()));
        parameter(query, "maxPrice", whole(criteria.getMaxPrice()));
        parameter(query, "beds", criteria.getMinBeds());
        parameter(query, "baths", criteria.getMinBaths());
        parameter(query, "type", criteria.getPropertyType());
        return page("/homes" + query);
    }

    private static void parameter(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static Long whole(BigDecimal amount) {
        return amount == null ? null : amount.longValue();
    }

    /** Whether mail clients may be offered the one-click unsubscribe, which RFC 8058 allows only over HTTPS. */
    public boolean oneClickAllowed() {
        return base().startsWith("https://");
    }

    /**
     * A listing's page, {@code /homes/<city>/<address>-<id>} as the website spells it; the website answers any other
     * spelling with a redirect to its own, so only the id must be right.
     */
    public URI listing(long id, String city, String street) {
        return page("/homes/" + slug(city) + "/" + slug(street) + "-" + id);
    }

    static String slug(String text) {
        if (text == null) {
            return "home";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "home" : slug;
    }

    private URI page(String path) {
        return URI.create(base() + path);
    }

    private String base() {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
