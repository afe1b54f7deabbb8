package org.realtycrm.mls.entity;

public enum SyncStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
