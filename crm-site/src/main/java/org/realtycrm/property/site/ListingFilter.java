package org.realtycrm.property.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import org.realtycrm.platform.site.TypedText;

/**
 * A visitor's search, from the search form's query parameters ({@code /homes?city=Austin&minPrice=300000}). A value
 * that cannot be read is left out of the search and named in {@link #problems()}, which the page shows; it never
 * fails the page.
 */
public record ListingFilter(String text, String city, String postalCode, Long minPrice, Long maxPrice, Integer beds,
        Integer baths, String type, Market market, Sort sort, int page, List<String> problems) {

    public static final int PAGE_SIZE = 24;
    /** The last page of the most results a search counts. */
    static final int MAX_PAGE = (SiteListings.COUNT_CAP + PAGE_SIZE - 1) / PAGE_SIZE;
    /** The longest words, city and type a search reads: the core's limits on a saved search's criteria. */
    public static final int MAX_TEXT = 100;
    public static final int MAX_CITY = 50;
    public static final int MAX_TYPE = 50;

    /** Which listings by status: on the market by default. */
    public enum Market {
        FOR_SALE("for-sale", "For sale", List.of("Active", "Coming Soon", "Active Under Contract")),
        PENDING("pending", "Pending", List.of("Pending", "Active Under Contract")),
        SOLD("sold", "Sold", List.of("Closed")),
        ALL("all", "Any status", List.of("Active", "Coming Soon", "Active Under Contract", "Pending", "Closed"));

        final String param;
        final String label;
        final List<String> statuses;

        Market(String param, String label, List<String> statuses) {
            this.param = param;
            this.label = label;
            this.statuses = statuses;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    public enum Sort {
        NEWEST("newest", "Newest", "l.id desc"),
        PRICE_LOW("price-low", "Price (low to high)", "l.list_price asc nulls last, l.id desc"),
        PRICE_HIGH("price-high", "Price (high to low)", "l.list_price desc nulls last, l.id desc");

        final String param;
        final String label;
        final String orderBy;

        Sort(String param, String label, String orderBy) {
            this.param = param;
            this.label = label;
            this.orderBy = orderBy;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    public static ListingFilter from(Function<String, String> parameter) {
        List<String> problems = new ArrayList<>();
        String text = text(parameter.apply("q"));
        String city = TypedText.line(parameter.apply("city"), MAX_CITY);
        String postalCode = text(parameter.apply("zip"));
        if (postalCode != null && !postalCode.matches("\\d{5}(-\\d{4})?")) {
            problems.add("ZIP code: \"" + postalCode + "\" is not a ZIP code");
            postalCode = null;
        }
        Long minPrice = whole(parameter.apply("minPrice"), "Min price", problems);
        Long maxPrice = whole(parameter.apply("maxPrice"), "Max price", problems);
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            problems.add("Min price is above max price: showing the prices between them");
            Long low = maxPrice;
            maxPrice = minPrice;
            minPrice = low;
        }
        Long beds = whole(parameter.apply("beds"), "Beds", problems);
        Long baths = whole(parameter.apply("baths"), "Baths", problems);
        Market market = choice(Market.values(), parameter.apply("status"), Market::param, Market.FOR_SALE, "Status",
                problems);
        Sort sort = choice(Sort.values(), parameter.apply("sort"), Sort::param, Sort.NEWEST, "Sort", problems);
        Long page = whole(parameter.apply("page"), "Page", problems);
        int pageNumber = page == null || page < 1 ? 1 : (int) Math.min(page, MAX_PAGE);
        return new ListingFilter(text, city, postalCode, minPrice, maxPrice, small(beds), small(baths),
                TypedText.line(parameter.apply("type"), MAX_TYPE), market, sort, pageNumber, List.copyOf(problems));
    }

    private static String text(String value) {
        return TypedText.line(value, MAX_TEXT);
    }

    private static Long whole(String value, String label, List<String> problems) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "").replace("$", "");
        if (!digits.matches("\\d{1,12}")) {
            problems.add(label + ": \"" + text + "\" is not a whole number");
            return null;
        }
        return Long.valueOf(digits);
    }

    private static Integer small(Long value) {
        return value == null ? null : (int) Math.min(value, 99);
    }

    private static <T> T choice(T[] values, String value, Function<T, String> param, T otherwise, String label,
            List<String> problems) {
        String text = text(value);
        if (text == null) {
            return otherwise;
        }
        for (T candidate : values) {
            if (param.apply(candidate).equals(text.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        problems.add(label + ": \"" + text + "\" is not a choice");
        return otherwise;
    }

    /** The query string of this search on another page: {@code ?city=Austin&page=2}. */
    public String queryFor(int otherPage) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", text);
        values.put("city", city);
        values.put("zip", postalCode);
        values.put("minPrice", minPrice);
        values.put("maxPrice", maxPrice);
        values.put("beds", beds);
        values.put("baths", baths);
        values.put("type", type);
        values.put("status", market == Market.FOR_SALE ? null : market.param);
        values.put("sort", sort == Sort.NEWEST ? null : sort.param);
        values.put("page", otherPage <= 1 ? null : otherPage);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        values.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Market[] markets() {
        return Market.values();
    }

    public Sort[] sorts() {
        return Sort.values();
    }
}
