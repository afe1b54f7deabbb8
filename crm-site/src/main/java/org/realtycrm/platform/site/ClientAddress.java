package org.realtycrm.platform.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's address, for the forms' limits: the connection's, unless it comes from one of the site's own load
 * balancers ({@code crm.site.trusted-proxies}), which name the visitor as the last entry they added to
 * X-Forwarded-For. Anyone else's X-Forwarded-For is ignored: a visitor could write anything there.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, List<String> trustedProxies) {
        String connection = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(connection)) {
            return connection;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? connection : last;
    }
}
