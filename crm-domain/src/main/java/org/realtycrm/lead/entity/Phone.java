package org.realtycrm.lead.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 form ({@code +14155550123}) and what kind of line it is. */
public record Phone(String number, PhoneType type) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    public Phone {
        Objects.requireNonNull(number, "number");
        if (!E164.matcher(number).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + number);
        }
        type = type == null ? PhoneType.MOBILE : type;
    }

    @Override
    public String toString() {
        return number + " (" + type + ")";
    }
}
