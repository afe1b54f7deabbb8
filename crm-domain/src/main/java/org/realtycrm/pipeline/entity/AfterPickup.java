package org.realtycrm.pipeline.entity;

/**
 * What a list source does with a file once its copy is safely stored: an aggregator's drop folder must not hand the
 * same list over twice, so the file is either moved to an archive folder on the server or deleted there.
 */
public enum AfterPickup {
    ARCHIVE,
    DELETE
}
