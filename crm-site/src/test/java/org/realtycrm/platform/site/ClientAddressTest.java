package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> BALANCER = List.of("10.0.0.2");

    private static HttpServletRequest from(String connection, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> connection;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aTrustedLoadBalancerNamesTheVisitorLast() {
        assertThat(ClientAddress.of(from("10.0.0.2", "6.6.6.6, 203.0.113.9"), BALANCER))
                .as("the visitor may write anything before what the balancer added").isEqualTo("203.0.113.9");
    }

    @Test
    void behindACdnTheFirstAddressFromTheRightThatIsNoProxyIsTheVisitor() {
        List<String> proxies = List.of("10.0.0.2", "198.51.100.7");

        assertThat(ClientAddress.of(from("10.0.0.2", "6.6.6.6, 203.0.113.9, 198.51.100.7"), proxies))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(from("10.0.0.2", "198.51.100.7"), proxies)).as("only proxies")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void anyoneElsesForwardedForIsIgnored() {
        assertThat(ClientAddress.of(from("198.51.100.4", "203.0.113.9"), BALANCER)).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.of(from("10.0.0.2", null), BALANCER)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of(from("10.0.0.2", " "), BALANCER)).isEqualTo("10.0.0.2");
    }

    @Test
    void anIpv6VisitorCountsByTheirSlash64() {
        assertThat(ClientAddress.allowanceOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.allowanceOf("2001:0db8:0001:0002::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.allowanceOf("[2001:db8::7]")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.allowanceOf("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.allowanceOf("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.allowanceOf("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.allowanceOf("not:an:address::x")).isEqualTo("not:an:address::x");
    }
}
