package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against WireMock over real HTTPS, with a certificate made for this run (keytool, into a temporary folder) that only
 * the test's SSLContext trusts.
 */
class HttpsFileDropTest {

    private static final String PATH = "/exports/owners.csv";
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Fri, 02 Jan 2026 10:00:00 GMT";
    private static final byte[] CONTENT = content(30_000);

    @TempDir
    static Path certificates;
    @TempDir
    Path local;

    private static WireMockServer server;
    private static SSLContext trustingTheServer;

    @BeforeAll
    static void startServer() throws Exception {
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path keystore = certificates.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password);
        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12")
                .keystorePassword(password).keyManagerPassword(password));
        server.start();
        trustingTheServer = trusting(keystore, password);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void noStubs() {
        server.resetAll();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }

    private static SSLContext trusting(Path keystore, String password) throws IOException, GeneralSecurityException {
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            serverKeys.load(in, password.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("server", serverKeys.getCertificate("server"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static URI url() {
        return URI.create("https://localhost:" + server.httpsPort() + PATH);
    }

    private static HttpsSettings settings(String lastMarker) {
        return new HttpsSettings(url(), "X-Api-Key", "key-123", lastMarker, trustingTheServer, Duration.ofSeconds(5));
    }

    private static HttpsFileDrop drop() {
        return new HttpsFileDrop(settings(null));
    }

    private static void publish(String etag) {
        server.stubFor(head(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", etag).withHeader("Last-Modified", LAST_MODIFIED)
                .withHeader("Content-Disposition", "attachment; filename=\"owners-2026-01.csv\"")
                .withHeader("Content-Length", String.valueOf(CONTENT.length))));
    }

    private static DroppedFile listed() {
        return new DroppedFile("owners-2026-01.csv", CONTENT.length, Instant.parse("2026-01-02T10:00:00Z"), ETAG);
    }

    @Test
    void lists_the_published_file_with_its_etag_as_marker() {
        publish(ETAG);

        try (HttpsFileDrop drop = drop()) {
            assertThat(drop.waiting()).containsExactly(listed());
        }
        server.verify(anyRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Api-Key", equalTo("key-123")));
    }

    @Test
    void the_version_picked_up_last_time_is_not_waiting() {
        publish(ETAG);

        try (HttpsFileDrop drop = new HttpsFileDrop(settings(ETAG))) {
            assertThat(drop.waiting()).isEmpty();
        }
        try (HttpsFileDrop drop = drop()) {
            drop.pickedUp(drop.waiting().get(0));
            assertThat(drop.waiting()).isEmpty();
        }
        publish("\"v2\"");
        try (HttpsFileDrop drop = new HttpsFileDrop(settings(ETAG))) {
            assertThat(drop.waiting()).extracting(DroppedFile::marker).containsExactly("\"v2\"");
        }
    }

    @Test
    void a_server_refusing_head_is_asked_for_the_first_byte() {
        server.stubFor(head(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(405)));
        server.stubFor(get(urlPathEqualTo(PATH)).withHeader("Range", equalTo("bytes=0-0"))
                .willReturn(aResponse().withStatus(206).withHeader("Last-Modified", LAST_MODIFIED)
                        .withHeader("Content-Range", "bytes 0-0/" + CONTENT.length)
                        .withBody(Arrays.copyOf(CONTENT, 1))));

        try (HttpsFileDrop drop = drop()) {
            assertThat(drop.waiting()).containsExactly(new DroppedFile("owners.csv", CONTENT.length,
                    Instant.parse("2026-01-02T10:00:00Z"), LAST_MODIFIED));
        }
    }

    @Test
    void fetches_the_whole_file() throws IOException {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG)
                .withBody(CONTENT)));
        Path target = local.resolve("owners.csv");

        try (HttpsFileDrop drop = drop()) {
            drop.fetch(listed(), target);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Range", absent())
                .withHeader("X-Api-Key", equalTo("key-123")));
    }

    @Test
    void resumes_with_range_and_if_range_and_appends_the_rest() throws IOException {
        int have = 12_345;
        server.stubFor(get(urlPathEqualTo(PATH))
                .withHeader("Range", equalTo("bytes=" + have + "-")).withHeader("If-Range", equalTo(ETAG))
                .willReturn(aResponse().withStatus(206).withHeader("ETag", ETAG)
                        .withHeader("Content-Range", "bytes " + have + "-" + (CONTENT.length - 1) + "/" + CONTENT.length)
                        .withBody(Arrays.copyOfRange(CONTENT, have, CONTENT.length))));
        Path target = Files.write(local.resolve("owners.csv"), Arrays.copyOf(CONTENT, have));

        try (HttpsFileDrop drop = drop()) {
            drop.fetch(listed(), target);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(1);
    }

    @Test
    void a_server_ignoring_the_range_sends_the_whole_file_and_the_copy_starts_over() throws IOException {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG)
                .withBody(CONTENT)));
        byte[] notTheStartOfTheFile = new byte[5_000];
        Arrays.fill(notTheStartOfTheFile, (byte) 'X');
        Path target = Files.write(local.resolve("owners.csv"), notTheStartOfTheFile);

        try (HttpsFileDrop drop = drop()) {
            drop.fetch(listed(), target);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Range", equalTo("bytes=5000-")));
    }

    @Test
    void a_new_version_is_not_mixed_into_the_partial_copy() throws IOException {
        // If-Range did not match: the server sends the whole new version, which is not the file listed
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v2\"")
                .withBody("a newer list")));
        byte[] partial = Arrays.copyOf(CONTENT, 1_000);
        Path target = Files.write(local.resolve("owners.csv"), partial);

        try (HttpsFileDrop drop = drop()) {
            assertThatThrownBy(() -> drop.fetch(listed(), target)).isInstanceOf(FileDropException.class)
                    .hasMessageEndingWith("the file changed at the source since it was listed");
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(partial);
    }

    @Test
    void a_redirect_to_another_origin_is_followed_without_the_api_key() throws IOException {
        String cdn = "https://127.0.0.1:" + server.httpsPort() + "/cdn/owners.csv?signature=abc";
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(302).withHeader("Location", cdn)));
        server.stubFor(get(urlPathEqualTo("/cdn/owners.csv")).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", ETAG).withBody(CONTENT)));
        Path target = local.resolve("owners.csv");

        try (HttpsFileDrop drop = drop()) {
            drop.fetch(listed(), target);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Api-Key", equalTo("key-123")));
        server.verify(getRequestedFor(urlPathEqualTo("/cdn/owners.csv")).withHeader("X-Api-Key", absent()));
    }

    @Test
    void fewer_bytes_than_listed_is_an_error() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG)
                .withBody(Arrays.copyOf(CONTENT, 100))));

        try (HttpsFileDrop drop = drop()) {
            assertThatThrownBy(() -> drop.fetch(listed(), local.resolve("owners.csv")))
                    .isInstanceOf(FileDropException.class)
                    .hasMessage("owners-2026-01.csv from " + url() + ": 100 bytes arrived of " + CONTENT.length);
        }
    }

    @Test
    void a_missing_file_is_a_clear_error_without_the_query() {
        server.stubFor(head(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
        URI withKey = URI.create(url() + "?api_key=query-secret");

        try (HttpsFileDrop drop = new HttpsFileDrop(new HttpsSettings(withKey, null, null, null, trustingTheServer,
                null))) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessage("HTTP 404 from " + url() + "?…: no file at this address");
        }
    }

    @Test
    void a_certificate_not_trusted_is_refused() {
        try (HttpsFileDrop drop = new HttpsFileDrop(HttpsSettings.of(url(), null))) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessageStartingWith("no secure connection to " + url());
        }
    }

    @Test
    void settings_refuse_plain_http_and_never_show_the_api_key() {
        assertThatThrownBy(() -> HttpsSettings.of(URI.create("http://lists.example.com/owners.csv"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the list's URL must start with https://");
        assertThatThrownBy(() -> new HttpsSettings(url(), "Authorization", null, null, null, null))
                .hasMessage("the API key header needs both a name and a value");

        assertThat(settings(null).toString()).contains("X-Api-Key").doesNotContain("key-123");
    }

    @Test
    void names_come_from_content_disposition_else_from_the_url() {
        URI url = URI.create("https://lists.example.com/exports/owners%20march.csv?token=x");
        assertThat(headers(Map.of()).fileName(url)).isEqualTo("owners march.csv");
        assertThat(headers(Map.of("Content-Disposition", "attachment; filename=\"../../etc/lists.csv\""))
                .fileName(url)).isEqualTo("lists.csv");
        assertThat(headers(Map.of("Content-Disposition",
                "attachment; filename=\"fallback.csv\"; filename*=UTF-8''propri%C3%A9taires+1.csv")).fileName(url))
                .isEqualTo("propriétaires+1.csv");
        assertThat(headers(Map.of()).fileName(URI.create("https://lists.example.com/"))).isEqualTo("download");
    }

    private static HttpFileHeaders headers(Map<String, String> values) {
        return new HttpFileHeaders(HttpHeaders.of(values.entrySet().stream().collect(java.util.stream.Collectors
                .toMap(Map.Entry::getKey, e -> List.of(e.getValue()))), (name, value) -> true));
    }
}
