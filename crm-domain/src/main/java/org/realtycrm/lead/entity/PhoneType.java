package org.realtycrm.lead.entity;

public enum PhoneType {
    MOBILE,
    HOME,
    WORK,
    OTHER
}
