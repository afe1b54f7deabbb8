package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

class DispositionQueueTest {

    @Test
    void movesThroughTheLeadsAndStaysAtEitherEnd() {
        DispositionQueue queue = DispositionQueue.load(found(3));

        assertThat(queue.current()).hasValue(1);
        assertThat(queue.previous()).isFalse();
        assertThat(queue.next()).isTrue();
        assertThat(queue.next()).isTrue();
        assertThat(queue.current()).hasValue(3);
        assertThat(queue.position()).isEqualTo(3);
        assertThat(queue.next()).isFalse();
        assertThat(queue.current()).hasValue(3);
        assertThat(queue.previous()).isTrue();
        assertThat(queue.current()).hasValue(2);
    }

    @Test
    void aLeadGoneSinceTheQueueWasLoadedGivesWayToTheNextOrTheLastOne() {
        DispositionQueue queue = DispositionQueue.load(found(3));
        queue.next();

        queue.dropCurrent();
        assertThat(queue.current()).hasValue(3);
        assertThat(queue.position()).isEqualTo(2);
        assertThat(queue.size()).isEqualTo(2);

        queue.dropCurrent();
        assertThat(queue.current()).hasValue(1);
        queue.dropCurrent();
        assertThat(queue.current()).isEmpty();
        assertThat(queue.position()).isZero();
        assertThat(queue.truncated()).isFalse();
    }

    @Test
    void holdsTheFirstLeadsOfALongQueueInTheSearchOrderAndSaysHowManyWereFound() {
        List<PageRequest> asked = new ArrayList<>();
        DispositionQueue queue = DispositionQueue.load(request -> {
            asked.add(request);
            return found(1_234).apply(request);
        });

        assertThat(queue.size()).isEqualTo(DispositionQueue.LIMIT);
        assertThat(queue.found()).isEqualTo(1_234);
        assertThat(queue.truncated()).isTrue();
        assertThat(queue.current()).hasValue(1);
        assertThat(asked).extracting(PageRequest::page).containsExactly(0, 1, 2);
    }

    @Test
    void anEmptyQueueHasNoLead() {
        DispositionQueue queue = DispositionQueue.load(found(0));

        assertThat(queue.current()).isEmpty();
        assertThat(queue.next()).isFalse();
        assertThat(queue.previous()).isFalse();
        assertThat(queue.position()).isZero();
    }

    /** A search that finds leads 1..total, in that order. */
    private static Function<PageRequest, Page<Long>> found(long total) {
        return request -> Page.of(LongStream.rangeClosed(1, total).skip(request.offset()).limit(request.size())
                .boxed().toList(), total, request);
    }
}
