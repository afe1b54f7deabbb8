package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * S3DocumentStore against a real S3 server in this JVM: s3proxy over jclouds' in-memory blob store (its API metadata named directly, so no other jclouds provider is loaded), on a free port
 * of 127.0.0.1, with SigV4 authentication, addressed path-style as MinIO is.
 */
class S3DocumentStoreTest {

    private static final String ACCESS_KEY = "crm-test-access";
    private static final String SECRET_KEY = "crm-test-secret-never-shown";

    private static BlobStoreContext blobs;
    private static S3Proxy server;
    private static URI endpoint;

    private final HttpClient http = HttpClient.newHttpClient();
    private S3DocumentStore store;

    @BeforeAll
    static void startServer() throws Exception {
        blobs = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials("unused", "unused").build(BlobStoreContext.class);
        server = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"STARTED".equals(server.getState())) {
            assertThat(System.nanoTime()).as("s3proxy started within 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + server.getPort());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        blobs.close();
    }

    @BeforeEach
    void openStore() {
        store = new S3DocumentStore(settings("photos").createBucket(true).build());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Without server-side encryption: s3proxy has none and refuses the header, as a MinIO without KMS does. */
    private static S3Settings.Builder settings(String bucket) {
        return S3Settings.builder(bucket).region("us-east-1").endpoint(endpoint).pathStyle(true)
                .credentials(ACCESS_KEY, SECRET_KEY).encryption(S3Settings.Encryption.NONE);
    }

    @Test
    void stores_reads_describes_and_deletes_an_object() throws Exception {
        byte[] photo = randomBytes(300_000);
        Instant before = Instant.now().minusSeconds(5);

        StoredObject stored = store.put("properties/42/media/front.jpg", new ByteArrayInputStream(photo),
                photo.length, "image/jpeg");

        assertThat(stored.key()).isEqualTo("properties/42/media/front.jpg");
        assertThat(stored.size()).isEqualTo(photo.length);
        assertThat(stored.etag()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(photo)));
        StoredObject described = store.metadata("properties/42/media/front.jpg").orElseThrow();
        assertThat(described.size()).isEqualTo(photo.length);
        assertThat(described.contentType()).isEqualTo("image/jpeg");
        assertThat(described.etag()).isEqualTo(stored.etag());
        assertThat(described.lastModified()).isAfter(before);
        try (DocumentContent content = store.get("properties/42/media/front.jpg").orElseThrow()) {
            assertThat(content.contentType()).isEqualTo("image/jpeg");
            assertThat(content.length()).isEqualTo(photo.length);
            assertThat(content.readAllBytes()).isEqualTo(photo);
        }
        assertThat(store.exists("properties/42/media/front.jpg")).isTrue();

        store.delete("properties/42/media/front.jpg");

        assertThat(store.exists("properties/42/media/front.jpg")).isFalse();
        assertThat(store.get("properties/42/media/front.jpg")).isEmpty();
        store.delete("properties/42/media/front.jpg"); // a missing key: nothing to do
    }

    @Test
    void an_overwrite_replaces_content_and_type() {
        store.put("docs/contract.pdf", bytes("first"), 5, "application/pdf");
        store.put("docs/contract.pdf", bytes("second version"), 14, "text/plain");

        try (DocumentContent content = store.get("docs/contract.pdf").orElseThrow()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second version");
            assertThat(content.contentType()).isEqualTo("text/plain");
        }
    }

    @Test
    void a_missing_key_is_an_empty_answer() {
        assertThat(store.get("no/such/object.jpg")).isEmpty();
        assertThat(store.metadata("no/such/object.jpg")).isEmpty();
        assertThat(store.exists("no/such/object.jpg")).isFalse();
    }

    @Test
    void content_shorter_or_longer_than_announced_stores_nothing() {
        assertThatThrownBy(() -> store.put("short.bin", bytes("12345"), 10, "application/octet-stream"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("ended after 5 bytes");
        assertThatThrownBy(() -> store.put("long.bin", bytes("1234567890"), 4, "application/octet-stream"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("more than the announced 4");

        assertThat(store.exists("short.bin")).isFalse();
        assertThat(store.exists("long.bin")).isFalse();
    }

    @Test
    void an_empty_object_is_stored_but_bytes_announced_as_none_are_refused() {
        store.put("docs/empty.txt", bytes(""), 0, "text/plain");
        assertThat(store.metadata("docs/empty.txt").orElseThrow().size()).isZero();

        assertThatThrownBy(() -> store.put("docs/not-empty.txt", bytes("abc"), 0, "text/plain"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("more than the announced 0");
        assertThat(store.exists("docs/not-empty.txt")).isFalse();
    }

    @Test
    void without_path_style_the_bucket_is_the_host_of_a_presigned_url() {
        try (S3DocumentStore virtualHosted = new S3DocumentStore(S3Settings.builder("photos").region("eu-west-1")
                .endpoint(URI.create("https://objects.example.test")).credentials(ACCESS_KEY, SECRET_KEY).build())) {
            URI url = virtualHosted.temporaryUrl("a/b.jpg", Duration.ofMinutes(1)).orElseThrow();

            assertThat(url.getHost()).isEqualTo("photos.objects.example.test");
            assertThat(url.getPath()).isEqualTo("/a/b.jpg");
            assertThat(url.getQuery()).contains("/eu-west-1/s3/aws4_request");
        }
    }

    @Test
    void a_stream_that_fails_midway_stores_nothing_and_keeps_the_previous_version() {
        store.put("docs/a.txt", bytes("kept"), 4, "text/plain");
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the feed's connection broke");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put("docs/a.txt", failing, 200_000, "text/plain"))
                .isInstanceOf(DocumentStoreException.class).hasMessageContaining("connection broke");

        try (DocumentContent content = store.get("docs/a.txt").orElseThrow()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("kept");
        }
    }

    @Test
    void a_presigned_url_serves_the_bytes_path_style_without_credentials() throws Exception {
        byte[] photo = randomBytes(20_000);
        store.put("properties/7/thumb.jpg", new ByteArrayInputStream(photo), photo.length, "image/jpeg");

        URI url = store.temporaryUrl("properties/7/thumb.jpg", Duration.ofMinutes(5)).orElseThrow();

        assertThat(url.getScheme() + "://" + url.getAuthority()).isEqualTo(endpoint.toString());
        assertThat(url.getPath()).isEqualTo("/photos/properties/7/thumb.jpg");
        assertThat(url.getQuery()).contains("X-Amz-Expires=300").contains("X-Amz-Credential=" + ACCESS_KEY)
                .doesNotContain(SECRET_KEY);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(photo);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void a_presigned_url_stops_working_when_it_expires() throws Exception {
        store.put("docs/expiring.txt", bytes("soon gone"), 9, "text/plain");
        URI url = store.temporaryUrl("docs/expiring.txt", Duration.ofSeconds(1)).orElseThrow();

        Thread.sleep(2_100);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_tampered_presigned_url_is_refused() throws Exception {
        store.put("docs/one.txt", bytes("one"), 3, "text/plain");
        store.put("docs/two.txt", bytes("two"), 3, "text/plain");
        URI url = store.temporaryUrl("docs/one.txt", Duration.ofMinutes(1)).orElseThrow();

        URI other = URI.create(url.toString().replace("docs/one.txt", "docs/two.txt"));

        assertThat(http.send(HttpRequest.newBuilder(other).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void presigned_validity_is_bounded() {
        assertThatThrownBy(() -> store.temporaryUrl("docs/a.txt", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.temporaryUrl("docs/a.txt", Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrong_credentials_are_a_store_failure_and_nothing_is_written() {
        try (S3DocumentStore intruder = new S3DocumentStore(settings("photos")
                .credentials(ACCESS_KEY, "not-the-secret").build())) {
            // the server refuses with 403 as soon as it has read the headers; now and then it closes the connection
            // before the client has written the body, and the client reports that instead of the status
            assertThatThrownBy(() -> intruder.put("docs/x.txt", bytes("x"), 1, "text/plain"))
                    .isInstanceOf(DocumentStoreException.class).hasMessageContaining("cannot store docs/x.txt")
                    .hasMessageNotContaining("not-the-secret")
                    .satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("HTTP 403"),
                            e -> assertThat(e).hasMessageContaining("Error writing request body"));
        }
        assertThat(store.exists("docs/x.txt")).isFalse();
    }

    @Test
    void without_create_bucket_a_missing_bucket_is_not_created() {
        try (S3DocumentStore other = new S3DocumentStore(settings("not-created").build())) {
            assertThatThrownBy(() -> other.put("a.txt", bytes("a"), 1, "text/plain"))
                    .isInstanceOf(DocumentStoreException.class).hasMessageContaining("HTTP 404");
        }
        assertThat(blobs.getBlobStore().containerExists("not-created")).isFalse();
    }

    @Test
    void invalid_keys_are_refused_before_any_request() {
        assertThatThrownBy(() -> store.put("../escape.txt", bytes("x"), 1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.temporaryUrl("a/../b", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settings_never_show_the_secret() {
        assertThat(store.toString()).contains("photos", ACCESS_KEY, "path-style", "server-side encryption none")
                .doesNotContain(SECRET_KEY);
    }

    @Test
    void by_default_every_upload_asks_the_server_for_aes256_and_a_server_without_it_refuses() {
        SentPuts sent = new SentPuts();
        try (S3DocumentStore encrypting = new S3DocumentStore(S3Settings.builder("photos").endpoint(endpoint)
                .pathStyle(true).credentials(ACCESS_KEY, SECRET_KEY).build(), List.of(sent))) {
            refusedByTheServer(() -> encrypting.put("docs/refused.txt", bytes("abc"), 3, "text/plain"));
        }

        assertThat(sent.header("x-amz-server-side-encryption")).isNotEmpty().containsOnly("AES256");
        assertThat(sent.header("x-amz-server-side-encryption-aws-kms-key-id")).containsOnly("");
        assertThat(store.exists("docs/refused.txt")).isFalse();
    }

    @Test
    void kms_sends_the_kms_mode_and_the_key_when_one_is_named() {
        SentPuts sent = new SentPuts();
        try (S3DocumentStore named = new S3DocumentStore(settings("photos").encryption(S3Settings.Encryption.KMS)
                .kmsKeyId("alias/crm-documents").build(), List.of(sent));
             S3DocumentStore bucketKey = new S3DocumentStore(settings("photos")
                     .encryption(S3Settings.Encryption.KMS).build(), List.of(sent))) {
            refusedByTheServer(() -> named.put("docs/a.txt", bytes("abc"), 3, "text/plain"));
            int first = sent.header("x-amz-server-side-encryption").size();
            refusedByTheServer(() -> bucketKey.put("docs/b.txt", bytes("abc"), 3, "text/plain"));

            List<String> keyIds = sent.header("x-amz-server-side-encryption-aws-kms-key-id");
            assertThat(keyIds.subList(0, first)).containsOnly("alias/crm-documents");
            assertThat(keyIds.subList(first, keyIds.size())).isNotEmpty().containsOnly("");
        }
        assertThat(sent.header("x-amz-server-side-encryption")).containsOnly("aws:kms");
    }

    @Test
    void none_sends_no_encryption_header_and_a_server_without_it_stores_the_object() {
        SentPuts sent = new SentPuts();
        try (S3DocumentStore plain = new S3DocumentStore(settings("photos").build(), List.of(sent))) {
            plain.put("docs/a.txt", bytes("abc"), 3, "text/plain");
            assertThat(plain.get("docs/a.txt").orElseThrow().readAllBytes()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("abc");
        }

        assertThat(sent.header("x-amz-server-side-encryption")).containsExactly("");
    }

    /** Records a header of every PutObject request as it is sent ("" when absent). */
    private static final class SentPuts implements ExecutionInterceptor {
        private final List<SdkHttpRequest> puts = new CopyOnWriteArrayList<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutObjectRequest) {
                puts.add(context.httpRequest());
            }
        }

        List<String> header(String name) {
            return puts.stream().map(request -> request.firstMatchingHeader(name).orElse("")).toList();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }

    /**
     * s3proxy refuses the encryption header with 501, sometimes before it has read the body, and the SDK then
     * reports the cut connection instead of the answer: either way the upload is refused, and when the answer got
     * through, the message says how to turn the header off.
     */
    private static void refusedByTheServer(org.assertj.core.api.ThrowableAssert.ThrowingCallable put) {
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(put);
        assertThat(refusal).isInstanceOf(DocumentStoreException.class);
        assertThat(refusal.getMessage()).containsAnyOf("HTTP 501", "Error writing request body");
        if (refusal.getMessage().contains("HTTP 501")) {
            assertThat(refusal.getMessage()).contains(StorageSettings.S3_SSE + "=none");
        }
    }
}
