package org.realtycrm.property.entity;

import java.util.List;

public interface LeadPropertyRepository {

    /** Links them unless the same link exists; returns whether it was stored. */
    boolean link(LeadProperty link);

    /** @return whether there was such a link */
    boolean unlink(long leadId, long propertyId, LeadPropertyRelation relation);

    /** A lead's links, newest first. */
    List<LeadProperty> forLead(long leadId);

    /** The leads linked to a property, newest link first. */
    List<LeadProperty> forProperty(long propertyId);
}
