package org.realtycrm.pipeline.entity;

/** One reason a number may not be called, and the version of the list that gave it. */
public record SuppressionHit(SuppressionReason reason, String listVersion) {
}
