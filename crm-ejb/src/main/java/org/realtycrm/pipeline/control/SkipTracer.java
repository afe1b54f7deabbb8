package org.realtycrm.pipeline.control;

import java.util.List;

import org.realtycrm.pipeline.entity.SkipTraceRequest;
import org.realtycrm.pipeline.entity.SkipTraceResult;

/**
 * A skip-trace vendor as the pipeline uses it: vendors work in asynchronous batches, so a trace is submitted, polled
 * until it is finished, and its results fetched — possibly hours later and on another server, which is why every
 * method takes only what the caller stores (the batch id and the requests it sent). An adapter makes exactly one
 * call to the vendor per HTTP request it needs and never retries on its own, since a repeated submit is billed again;
 * costs, quotas and caching of traces belong to the caller.
 *
 * <p>Every method throws {@link SkipTraceException} when the vendor cannot be asked or refuses; its
 * {@link SkipTraceException#retryable()} tells a passing failure (429, 5xx, a timeout) from one that needs an admin
 * (401, 403, 400).
 */
public interface SkipTracer {

    /**
     * Hands a batch to the vendor.
     *
     * @param batch 1 to {@link #maxBatchSize()} requests with distinct request ids
     * @return the vendor's id of the batch, for {@link #poll} and {@link #results}
     * @throws IllegalArgumentException when the batch is empty, too large or repeats a request id: nothing is sent
     */
    String submit(List<SkipTraceRequest> batch);

    /** Where the vendor is with a batch; a batch it does not know is {@link BatchProgress.State#FAILED}. */
    BatchProgress poll(String batchId);

    /**
     * The results of a finished batch, one per submitted request and in the order given; an owner the vendor had
     * nothing for comes back with {@code found == false}.
     *
     * @param submitted the requests sent with the batch: vendors that echo the owner's name and address rather than a
     *                  caller's key have their answers matched back to request ids through them
     * @throws IllegalStateException when the vendor has not finished the batch (poll until it is
     *                               {@link BatchProgress.State#DONE})
     */
    List<SkipTraceResult> results(String batchId, List<SkipTraceRequest> submitted);

    /** The largest batch {@link #submit} takes; callers split longer lists. */
    int maxBatchSize();
}
