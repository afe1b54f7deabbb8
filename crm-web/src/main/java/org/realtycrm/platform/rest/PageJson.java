package org.realtycrm.platform.rest;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.platform.paging.Page;

/** One page of a list, with the total number of matches. */
@Schema(name = "Page")
public record PageJson<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageJson<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageJson<>(mapped.items(), mapped.total(), mapped.page(), mapped.size());
    }
}
