package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

/**
 * The disposition screen's queue: the leads its filters found when it was loaded, and where the user stands in it.
 * <p>
 * It is a snapshot of ids, not a live query: triaging a NEW lead takes it out of the "NEW" filter, and a live query
 * would then shift every later lead one place forward, so that "next" skipped one and "previous" never found the
 * lead just triaged. The snapshot holds at most {@link #LIMIT} leads; the rest are reached by loading it again.
 */
final class DispositionQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 500;

    private final List<Long> ids;
    private long found;
    private int index;

    private DispositionQueue(List<Long> ids, long found) {
        this.ids = new ArrayList<>(ids);
        this.found = found;
    }

    static DispositionQueue empty() {
        return new DispositionQueue(List.of(), 0);
    }

    /** Reads the ids page by page from {@code search} (the boundary's, in the queue's order) up to the limit. */
    static DispositionQueue load(Function<PageRequest, Page<Long>> search) {
        List<Long> ids = new ArrayList<>();
        Page<Long> page = search.apply(new PageRequest(0, PageRequest.MAX_SIZE));
        ids.addAll(page.items());
        while (ids.size() < Math.min(page.total(), LIMIT) && page.items().size() == PageRequest.MAX_SIZE) {
            page = search.apply(new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
            ids.addAll(page.items());
        }
        return new DispositionQueue(ids.subList(0, Math.min(ids.size(), LIMIT)), page.total());
    }

    /** The lead shown now; empty when the queue is. */
    OptionalLong current() {
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(index));
    }

    /** @return false at the end of the queue, where the user stays */
    boolean next() {
        if (index + 1 >= ids.size()) {
            return false;
        }
        index++;
        return true;
    }

    /** @return false at the start of the queue */
    boolean previous() {
        if (index == 0) {
            return false;
        }
        index--;
        return true;
    }

    /**
     * Takes the current lead out (deleted or handed to another agent since the queue was loaded): the lead after it
     * takes its place, or the one before when it was the last.
     */
    void dropCurrent() {
        if (ids.isEmpty()) {
            return;
        }
        ids.remove(index);
        found = Math.max(ids.size(), found - 1);
        index = Math.min(index, Math.max(0, ids.size() - 1));
    }

    /** 1-based, as "3 of 120" reads; 0 when the queue is empty. */
    int position() {
        return ids.isEmpty() ? 0 : index + 1;
    }

    int size() {
        return ids.size();
    }

    /** Whether the filters found more leads than the queue holds. */
    boolean truncated() {
        return found > ids.size();
    }

    long found() {
        return found;
    }
}
