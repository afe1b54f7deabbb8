package org.realtycrm.pipeline.entity;

/** How a list source delivers its files. */
public enum SourceKind {
    /** An aggregator's drop folder, polled. */
    SFTP,
    /** A file at an address, fetched again when it changes. */
    HTTPS,
    /** Files an administrator uploads by hand. */
    UPLOAD
}
