package org.realtycrm.platform.entity;

/** Why a backup ran: the daily schedule, or an administrator asking for one now. */
public enum BackupTrigger {
    SCHEDULED, MANUAL
}
