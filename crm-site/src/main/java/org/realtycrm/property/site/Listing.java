package org.realtycrm.property.site;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A listing as the website shows it: a row of the view {@code site_listings}, with the texts its pages print
 * ({@link #shown()}).
 */
public record Listing(long id, String listingId, String status, String propertyType, String propertySubType,
        BigDecimal listPrice, BigDecimal originalListPrice, BigDecimal closePrice, LocalDate closeDate,
        Integer beds, Integer baths, BigDecimal livingArea, BigDecimal lotSize, Integer yearBuilt, String street,
        String city, String state, String postalCode, String county, BigDecimal latitude, BigDecimal longitude,
        String remarks, String agentName, String officeName, Instant modified, String feedName, Long coverPhotoId,
        String coverPhotoVersion) {

    /**
     * What its pages print, worked out once, by name: Jakarta Pages reads a map's entries directly, where each
     * {@code ${listing.priceText()}} would find the method by reflection again (a page prints some fifty of these).
     */
    public Map<String, Object> shown() {
        Map<String, Object> shown = new HashMap<>(64);
        shown.put("id", id);
        shown.put("listingId", listingId);
        shown.put("status", status);
        shown.put("typeText", typeText());
        shown.put("priceText", priceText());
        shown.put("beds", beds);
        shown.put("baths", baths);
        shown.put("livingAreaText", livingAreaText());
        shown.put("lotSizeText", lotSizeText());
        shown.put("yearBuilt", yearBuilt);
        shown.put("county", county);
        shown.put("closeDate", closeDate);
        shown.put("streetLine", streetLine());
        shown.put("placeLine", placeLine());
        shown.put("fullAddress", fullAddress());
        shown.put("factsLine", factsLine());
        shown.put("city", city);
        shown.put("citySearchPath", citySearchPath());
        shown.put("path", path());
        shown.put("remarks", remarks);
        shown.put("agentName", agentName);
        shown.put("officeName", officeName);
        shown.put("feedName", feedName);
        shown.put("hasLocation", hasLocation());
        shown.put("latitude", latitude);
        shown.put("longitude", longitude);
        shown.put("coverPhotoId", coverPhotoId);
        shown.put("coverPhotoVersion", coverPhotoVersion);
        return shown;
    }

    /** What it sold for when it sold, else what it is listed at. */
    public BigDecimal price() {
        return closePrice != null && "Closed".equals(status) ? closePrice : listPrice;
    }

    public String priceText() {
        return money(price());
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return "Price on request";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** The street line; a listing without one is named by its city, else its MLS number. */
    public String streetLine() {
        if (street != null && !street.isBlank()) {
            return street;
        }
        return city != null ? "Home in " + city : "MLS# " + listingId;
    }

    /** "Austin, TX 78701" */
    public String placeLine() {
        StringBuilder place = new StringBuilder();
        if (city != null) {
            place.append(city);
        }
        if (state != null) {
            place.append(place.length() > 0 ? ", " : "").append(state);
        }
        if (postalCode != null) {
            place.append(place.length() > 0 ? " " : "").append(postalCode);
        }
        return place.toString();
    }

    public String fullAddress() {
        String place = placeLine();
        return place.isEmpty() ? streetLine() : streetLine() + ", " + place;
    }

    /** "3 bd · 2 ba · 1,850 sq ft" with the parts it has. */
    public String factsLine() {
        StringBuilder facts = new StringBuilder();
        if (beds != null) {
            facts.append(beds).append(" bd");
        }
        if (baths != null) {
            facts.append(facts.length() > 0 ? " · " : "").append(baths).append(" ba");
        }
        if (livingArea != null) {
            facts.append(facts.length() > 0 ? " · " : "")
                    .append(NumberFormat.getIntegerInstance(Locale.US).format(livingArea)).append(" sq ft");
        }
        return facts.toString();
    }

    public String livingAreaText() {
        return livingArea == null ? null : NumberFormat.getIntegerInstance(Locale.US).format(livingArea) + " sq ft";
    }

    public String lotSizeText() {
        return lotSize == null ? null : NumberFormat.getNumberInstance(Locale.US).format(lotSize);
    }

    public String typeText() {
        if (propertySubType != null && propertyType != null && !propertySubType.equals(propertyType)) {
            return propertyType + " · " + propertySubType;
        }
        return propertyType != null ? propertyType : propertySubType;
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** Its page's path: {@code /homes/<city>/<address>-<id>}. */
    public String path() {
        return "/homes/" + Slugs.of(city == null ? "area" : city) + "/" + Slugs.of(streetLine()) + "-" + id;
    }

    /** The search for homes in its city: {@code /homes?city=Round+Rock}. */
    public String citySearchPath() {
        return "/homes?city=" + URLEncoder.encode(city == null ? "" : city, StandardCharsets.UTF_8);
    }

    /** A short description for search engines and link previews. */
    public String summary() {
        StringBuilder summary = new StringBuilder(status).append(": ").append(fullAddress()).append(" for ")
                .append(priceText());
        String facts = factsLine();
        if (!facts.isEmpty()) {
            summary.append(". ").append(facts);
        }
        if (remarks != null && !remarks.isBlank()) {
            String start = remarks.strip();
            summary.append(". ").append(start.length() > 120 ? start.substring(0, 117).strip() + "…" : start);
        }
        return summary.toString();
    }
}
