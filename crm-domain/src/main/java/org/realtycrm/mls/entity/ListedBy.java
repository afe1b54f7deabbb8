package org.realtycrm.mls.entity;

import org.realtycrm.property.entity.Property;

/**
 * Who lists a listing, as its page and the API show it: the list agent and the list office by name, with how to
 * reach them. Where the feed sent the Member and Office records the listing's ListAgentKey and ListOfficeKey name,
 * those records speak (they follow the MLS's roster: a renamed office or an agent's new phone arrives with the next
 * sync); otherwise the listing's own ListAgentFullName and ListOfficeName do, and there is no email or phone.
 */
public record ListedBy(String agentFullName, String agentEmail, String agentPhone, String officeName,
        String officePhone, String officeEmail) {

    /**
     * @param member the Member record of the listing's ListAgentKey, null when the feed sent none
     * @param office the Office record of the listing's ListOfficeKey, null when the feed sent none
     */
    public static ListedBy of(Property listing, Member member, Office office) {
        String agentName = member != null && member.getFullName() != null ? member.getFullName()
                : listing.getListAgentFullName();
        String officeName = office != null && office.getName() != null ? office.getName() : listing.getListOfficeName();
        return new ListedBy(agentName, member == null ? null : member.getEmail(),
                member == null ? null : member.getPhone(), officeName, office == null ? null : office.getPhone(),
                office == null ? null : office.getEmail());
    }

    /** As the listing alone names them. */
    public static ListedBy asListed(Property listing) {
        return of(listing, null, null);
    }
}
