package org.realtycrm.platform.site;

/**
 * The brokerage as its website shows it: name, logo, colour, how to reach the office, and the MLS's disclaimer that
 * every page with listings carries.
 */
public record Brand(String name, String logoUrl, String colour, String phone, String email, String address,
        String disclaimer) {

    static final String DEFAULT_DISCLAIMER = "Listing information is provided by the MLS for consumers' personal, "
            + "non-commercial use and may not be used for any purpose other than to identify prospective properties "
            + "consumers may be interested in purchasing. Information is deemed reliable but is not guaranteed.";
}
