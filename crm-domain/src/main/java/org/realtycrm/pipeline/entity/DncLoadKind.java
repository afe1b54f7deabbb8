package org.realtycrm.pipeline.entity;

/** What a list file holds: the whole list (of the area codes it names), or changes to it. */
public enum DncLoadKind {
    FULL,
    ADDITIONS,
    DELETIONS
}
