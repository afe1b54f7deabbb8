package org.realtycrm.lead.entity;

import java.util.List;

/** How to address and reach a lead; phones must already be in E.164 (see {@link PhoneNumbers}). */
public record ContactDetails(String firstName, String lastName, String email, List<Phone> phones) {
}
