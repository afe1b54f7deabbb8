package org.realtycrm.pipeline.entity;

/**
 * Where the owners of a source's lists get their phones and emails. Aggregators sell lists traced already (phones in
 * the file) or not; tracing a traced list again would pay twice.
 */
public enum TraceWith {
    /** The skip-trace vendor the installation is configured with. */
    VENDOR,
    /** The file's own phone and email columns. */
    FILE
}
