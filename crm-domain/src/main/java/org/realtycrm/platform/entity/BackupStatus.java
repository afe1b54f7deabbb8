package org.realtycrm.platform.entity;

/** Where a backup stands: running, stored (succeeded), failed, or removed from the store by retention. */
public enum BackupStatus {
    RUNNING, SUCCEEDED, FAILED, DELETED
}
