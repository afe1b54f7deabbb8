package org.realtycrm.mls.entity;

/** A full replication, an incremental pull since the cursor, or a reconciliation of keys to find deletions. */
public enum SyncKind {
    FULL,
    INCREMENTAL,
    RECONCILE
}
