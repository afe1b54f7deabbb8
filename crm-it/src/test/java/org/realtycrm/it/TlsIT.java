package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.ItProperties;

/**
 * HTTPS as provision.sh sets it up: the listener serves the certificate made from the PEM files in the secrets
 * directory, tells browsers to stay on HTTPS (HSTS), and the screens' session cookie set over it is Secure; no secret
 * is written in plain text into the domain's configuration.
 */
class TlsIT extends CrmIT {

    private static X509Certificate certificate;
    private static HttpClient trusting;

    @BeforeAll
    static void trustOnlyTheProvisionedCertificate() throws Exception {
        try (InputStream pem = Files.newInputStream(ItProperties.secretsDir().resolve("tls-cert.pem"))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("crm", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        trusting = HttpClient.newBuilder().sslContext(tls).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsServesTheProvisionedCertificateAndAsksBrowsersToStayOnIt() throws Exception {
        HttpResponse<String> response = get(trusting, ItProperties.httpsUrl() + "/api/v1/version");

        assertThat(response.statusCode()).isEqualTo(200);
        Certificate presented = response.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(presented).isEqualTo(certificate);
        assertThat(certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .contains("localhost", "127.0.0.1");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age=").doesNotContain("max-age=0"));
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        HttpClient defaults = HttpClient.newHttpClient();

        assertThatThrownBy(() -> get(defaults, ItProperties.httpsUrl() + "/api/v1/version"))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpSendsNoHsts() throws Exception {
        HttpResponse<String> response = get(HttpClient.newHttpClient(), ItProperties.baseUrl() + "/api/v1/version");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theScreensSessionCookieIsSecureOverHttps() throws Exception {
        HttpResponse<String> response = get(trusting, ItProperties.httpsUrl() + "/app/login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("CRMSESSION=")
                .contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theDomainConfigurationHoldsNoPasswordInPlainText() throws Exception {
        String domainXml = Files.readString(ItProperties.domainDir().resolve("config/domain.xml"),
                StandardCharsets.UTF_8);
        String keyStorePassword = Files.readString(ItProperties.secretsDir().resolve("tls-keystore-password")).strip();

        assertThat(domainXml).contains("key-store-password=\"${ALIAS=crm.tls.keystore-password}\"")
                .doesNotContain(keyStorePassword);
        // every password property of every pool refers to an alias
        java.util.regex.Matcher passwords = java.util.regex.Pattern
                .compile("name=\"password\" value=\"([^\"]*)\"").matcher(domainXml);
        int found = 0;
        while (passwords.find()) {
            assertThat(passwords.group(1)).startsWith("${ALIAS=");
            found++;
        }
        assertThat(found).as("the application's pool has a password property").isPositive();
    }
}
