package org.realtycrm.property.entity;

import java.util.Objects;

import org.realtycrm.platform.paging.Page;

/**
 * One page of the listing search. Its total is exact up to {@link #COUNT_LIMIT}; beyond that the search stops
 * counting, answers {@code COUNT_LIMIT} and says so ({@code totalCapped}): counting every one of 100,000 listings on
 * every page turn costs more than a user gains from "48,312" over "more than 10,000".
 */
public record PropertyPage(Page<Property> page, boolean totalCapped) {

    public static final int COUNT_LIMIT = 10_000;

    public PropertyPage {
        Objects.requireNonNull(page, "page");
    }

    /** A page whose total was counted up to one past the limit. */
    public static PropertyPage counted(Page<Property> page) {
        boolean capped = page.total() > COUNT_LIMIT;
        return new PropertyPage(capped ? new Page<>(page.items(), COUNT_LIMIT, page.page(), page.size()) : page,
                capped);
    }
}
