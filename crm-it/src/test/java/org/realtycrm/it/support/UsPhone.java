package org.realtycrm.it.support;

/** A US phone number, written the ways people type it, and the E.164 form the server stores. */
public record UsPhone(String areaCode, String exchange, String line) {

    /** {@code (212) 736-5000} */
    public String national() {
        return "(" + areaCode + ") " + exchange + "-" + line;
    }

    /** {@code 212.736.5000} */
    public String dotted() {
        return areaCode + "." + exchange + "." + line;
    }

    /** {@code 2127365000}: what someone types into a search box. */
    public String digits() {
        return areaCode + exchange + line;
    }

    /** {@code +12127365000} */
    public String e164() {
        return "+1" + digits();
    }

    static boolean isUsableExchange(int exchange) {
        return exchange >= 200 && exchange <= 999
                && exchange % 100 != 11
                && exchange != 555 && exchange != 950 && exchange != 958 && exchange != 959 && exchange != 976;
    }
}
