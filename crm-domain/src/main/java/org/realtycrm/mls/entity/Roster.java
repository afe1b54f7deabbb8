package org.realtycrm.mls.entity;

/**
 * An MLS's roster: its members (agents) and its offices, the Data Dictionary's Member and Office resources. A feed
 * replicates each the way it replicates listings, by a cursor of its own, so that a listing shows its agent and
 * office by name.
 */
public enum Roster {

    MEMBERS("Member", "MemberKey"),
    OFFICES("Office", "OfficeKey");

    private final String resource;
    private final String keyField;

    Roster(String resource, String keyField) {
        this.resource = resource;
        this.keyField = keyField;
    }

    /** The Data Dictionary resource, which is also the RESO Web API entity set unless a feed names another. */
    public String resource() {
        return resource;
    }

    /** The resource's key field in the Data Dictionary. */
    public String keyField() {
        return keyField;
    }
}
