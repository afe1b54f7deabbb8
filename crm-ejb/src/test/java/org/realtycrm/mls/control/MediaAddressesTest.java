package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MediaAddressesTest {

    private final MediaAddresses addresses = new MediaAddresses(Set.of("photos.local-mls.test"));

    @Test
    void addressesInsideTheServersNetworkAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:8080/admin", "http://10.1.2.3/x.jpg", "http://192.168.0.7/x",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/x", "http://[fd00::1]/x", "http://100.64.0.1/x",
                "http://0.0.0.0/x", "http://localhost/x"}) {
            assertThatThrownBy(() -> addresses.requirePublic(URI.create(url)))
                    .as(url).isInstanceOf(IOException.class).hasMessageContaining("private network");
        }
    }

    @Test
    void publicAddressesAndTheNamedHostsPass() throws Exception {
        addresses.requirePublic(URI.create("https://93.184.216.34/photo.jpg"));
        addresses.requirePublic(URI.create("http://photos.local-mls.test/photo.jpg"));
        assertThat(MediaAddresses.isPrivate(InetAddress.getByName("8.8.8.8"))).isFalse();
    }

    @Test
    void onlyWebAddressesAreFetched() {
        assertThatThrownBy(() -> addresses.requirePublic(URI.create("file:///etc/passwd")))
                .isInstanceOf(IOException.class).hasMessageContaining("http(s)");
    }
}
