package org.realtycrm.platform.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's address, for the forms' limits: the connection's, unless it comes from one of the site's own proxies
 * ({@code crm.site.trusted-proxies}: the load balancers, a CDN's edges), which each add the address they were reached
 * from to X-Forwarded-For. Read from the right, the first address that is not a trusted proxy is the visitor; what
 * stands left of it was written by the visitor and is ignored. An IPv6 visitor counts by their /64, the block one
 * household or phone is given, so that they cannot take a new allowance with every address of it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, List<String> trustedProxies) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies.contains(address)) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    break;
                }
                address = hop;
                if (!trustedProxies.contains(hop)) {
                    break;
                }
            }
        }
        return allowanceOf(address);
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 ({@code 2001:db8:1:2::/64}). */
    static String allowanceOf(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        String[] groups = expanded(address);
        return groups == null ? address : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** The eight groups of an IPv6 address, "::" filled in; null when it is not one. */
    private static String[] expanded(String address) {
        String plain = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = plain.indexOf('%');
        if (zone >= 0) {
            plain = plain.substring(0, zone);
        }
        String[] halves = plain.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length == 1 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        if (halves.length == 1 && head.length != 8 || head.length + tail.length > 8) {
            return null;
        }
        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = "0";
        }
        for (int i = 0; i < head.length; i++) {
            groups[i] = normalised(head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            groups[8 - tail.length + i] = normalised(tail[i]);
        }
        for (String group : groups) {
            if (group == null) {
                return null;
            }
        }
        return groups;
    }

    /** A group without leading zeros, lower case; null when it is not 1 to 4 hex digits. */
    private static String normalised(String group) {
        if (!group.matches("[0-9a-fA-F]{1,4}")) {
            return null;
        }
        return Integer.toHexString(Integer.parseInt(group, 16));
    }
}
