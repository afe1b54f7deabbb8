package org.realtycrm.lead.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.lead.entity.PhoneNumbers;

@ApplicationScoped
public class PhoneNumbersProducer {

    public static final String DEFAULT_REGION = "crm.phone.default-region";

    @Inject
    @ConfigProperty(name = DEFAULT_REGION)
    String defaultRegion;

    // dependent scope: PhoneNumbers is an immutable final class, cheap to create and not proxyable
    @Produces
    PhoneNumbers phoneNumbers() {
        return new PhoneNumbers(defaultRegion);
    }
}
