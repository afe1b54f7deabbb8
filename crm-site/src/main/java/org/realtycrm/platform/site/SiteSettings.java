package org.realtycrm.platform.site;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The website's configuration, read once at start (MicroProfile Config: environment variables such as
 * {@code CRM_SITE_CORE_URL} for {@code crm.site.core-url}, or system properties). A node is configured entirely by
 * these; it keeps nothing else. A wrong value stops the start with a message naming the key.
 */
@ApplicationScoped
public class SiteSettings {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private String coreUrl;
    private String photoUrl;
    private Optional<String> publicUrl;
    private Optional<String> intakeKey;
    private Optional<String> intakeSecret;
    private Brand brand;
    private String mapTiles;
    private int formMinSeconds;
    private int formsPerAddressPerHour;
    private List<String> trustedProxies;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        coreUrl = trimSlash(httpUrl("crm.site.core-url", config.getOptionalValue("crm.site.core-url", String.class)
                .orElse("http://localhost:8080")).toString());
        photoUrl = trimSlash(config.getOptionalValue("crm.site.photo-url", String.class)
                .orElse(coreUrl + "/api/v1/public/photos"));
        publicUrl = config.getOptionalValue("crm.site.public-url", String.class)
                .map(url -> trimSlash(httpUrl("crm.site.public-url", url).toString()));
        intakeKey = config.getOptionalValue("crm.site.intake-key", String.class).filter(v -> !v.isBlank());
        intakeSecret = config.getOptionalValue("crm.site.intake-secret", String.class).filter(v -> !v.isBlank());
        String colour = config.getOptionalValue("crm.site.brand.colour", String.class).orElse("#1d4ed8");
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalStateException("crm.site.brand.colour must be #rrggbb, not " + colour);
        }
        brand = new Brand(
                config.getOptionalValue("crm.site.brand.name", String.class).orElse("Realty CRM Homes"),
                config.getOptionalValue("crm.site.brand.logo-url", String.class).orElse(null),
                colour,
                config.getOptionalValue("crm.site.brand.phone", String.class).orElse(null),
                config.getOptionalValue("crm.site.brand.email", String.class).orElse(null),
                config.getOptionalValue("crm.site.brand.address", String.class).orElse(null),
                config.getOptionalValue("crm.site.mls-disclaimer", String.class).orElse(Brand.DEFAULT_DISCLAIMER));
        mapTiles = config.getOptionalValue("crm.site.map-tiles", String.class)
                .orElse("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        formMinSeconds = atLeast(0, "crm.site.form.min-seconds",
                config.getOptionalValue("crm.site.form.min-seconds", Integer.class).orElse(3));
        formsPerAddressPerHour = atLeast(1, "crm.site.form.per-address-per-hour",
                config.getOptionalValue("crm.site.form.per-address-per-hour", Integer.class).orElse(20));
        trustedProxies = config.getOptionalValues("crm.site.trusted-proxies", String.class).orElse(List.of());
    }

    private static int atLeast(int least, String key, int value) {
        if (value < least) {
            throw new IllegalStateException(key + " must be at least " + least + ", not " + value);
        }
        return value;
    }

    /** What the pages print of these settings: part of every page's ETag, so that a change draws them again. */
    public String shownOnPages() {
        return brand + "|" + publicUrl.orElse("") + "|" + photoUrl + "|" + mapTiles;
    }

    private static URI httpUrl(String key, String value) {
        try {
            URI uri = URI.create(value.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException(key + " must be an http(s) address, not " + value);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The core (Payara Server with the EAR), which takes the forms' inquiries: its address without a final slash,
     * keeping any path it has (a prefix behind a proxy), so that an API path can follow it.
     */
    public String coreUrl() {
        return coreUrl;
    }

    /** Where a listing's photo {@code <id>} is served: {@code <photoUrl>/<id>}. */
    public String photoUrl() {
        return photoUrl;
    }

    /** The site's address as visitors use it (canonical links, the sitemap); empty: the request's own. */
    public Optional<String> publicUrl() {
        return publicUrl;
    }

    public Optional<String> intakeKey() {
        return intakeKey;
    }

    public Optional<String> intakeSecret() {
        return intakeSecret;
    }

    public Brand brand() {
        return brand;
    }

    public String mapTiles() {
        return mapTiles;
    }

    /** A form sent sooner than this after its page was made is a robot's. */
    public int formMinSeconds() {
        return formMinSeconds;
    }

    public int formsPerAddressPerHour() {
        return formsPerAddressPerHour;
    }

    /** The load balancers whose X-Forwarded-For names the visitor; anyone else's is ignored. */
    public List<String> trustedProxies() {
        return trustedProxies;
    }
}
