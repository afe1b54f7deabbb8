package org.realtycrm.mls.control;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where the server may fetch a photo from. A MediaURL comes from the provider's data, and the server fetches it from
 * inside the network it runs in: an address there (this machine, the private ranges, link-local such as a cloud's
 * metadata service) would let a feed's records reach services nobody meant to expose. Only the hosts an operator
 * names ({@code crm.mls.media-private-hosts}) are exempt. Each hop of a redirect is checked again.
 */
final class MediaAddresses {

    private final Set<String> allowedPrivateHosts;

    MediaAddresses(Set<String> allowedPrivateHosts) {
        this.allowedPrivateHosts = allowedPrivateHosts;
    }

    /** @throws IOException naming why the address is refused */
    void requirePublic(URI uri) throws IOException {
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IOException("the MediaURL is not an http(s) address: " + uri);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedPrivateHosts.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IOException("the MediaURL's host is unknown: " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new IOException("the MediaURL points into a private network (" + host + "): refused");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && second >= 64 && second <= 127; // carrier-grade NAT 100.64.0.0/10
    }
}
