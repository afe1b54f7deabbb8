package org.realtycrm.lead.entity;

import java.util.List;

/** A valid lead to start from, so that each test only spells out what it is about. */
final class TestLeads {

    static final Phone MOBILE = new Phone("+14155550132", PhoneType.MOBILE);
    static final Phone WORK = new Phone("+16502530000", PhoneType.WORK);

    private TestLeads() {
    }

    static ContactDetails maria() {
        return new ContactDetails("Maria", "Lopez", "maria.lopez@example.com", List.of(MOBILE));
    }

    static Lead lead() {
        return new Lead(maria(), "Zillow", null);
    }
}
