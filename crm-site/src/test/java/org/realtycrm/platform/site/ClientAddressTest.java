package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

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
        assertThat(ClientAddress.of(from("10.0.0.2", "6.6.6.6, 203.0.113.9"), List.of("10.0.0.2")))
                .as("the visitor may write anything before what the balancer added").isEqualTo("203.0.113.9");
    }

    @Test
    void anyoneElsesForwardedForIsIgnored() {
        assertThat(ClientAddress.of(from("198.51.100.4", "203.0.113.9"), List.of("10.0.0.2")))
                .isEqualTo("198.51.100.4");
        assertThat(ClientAddress.of(from("10.0.0.2", null), List.of("10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of(from("10.0.0.2", " "), List.of("10.0.0.2"))).isEqualTo("10.0.0.2");
    }
}
