package org.realtycrm.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The {@link DocumentStore} on AWS S3 or any S3-compatible server (MinIO, Ceph RGW, Cloudflare R2 …), on the AWS SDK
 * for Java v2 with the JDK's {@code HttpURLConnection} as HTTP client (no Netty, no Apache client in the EAR).
 *
 * <p>An S3 PUT replaces an object atomically, so a reader never sees a part. The content is streamed, never held in
 * memory, and must have exactly the announced length: a shorter or longer stream aborts the upload and nothing is
 * stored. The SDK's newer default of sending CRC checksums on every upload is turned down to "when the operation
 * requires it", because several S3-compatible servers reject the trailing checksums it sends.
 *
 * <p>Every upload asks the server to encrypt the object ({@link S3Settings#encryption()}: {@code AES256} by default,
 * or a KMS key), unless the settings say {@code none}. There is no copy or multipart upload: a put is the only write.
 *
 * <p>{@link #temporaryUrl} presigns a GET (SigV4, at most 7 days) with the same endpoint, path style and credentials
 * as the client. Nothing is created implicitly, except the bucket at start when {@link S3Settings#createBucket()}.
 */
public final class S3DocumentStore implements DocumentStore {

    /** SigV4 presigned URLs live at most a week. */
    static final Duration MAX_URL_VALIDITY = Duration.ofDays(7);

    private final S3Settings settings;
    private final S3Client client;
    private final S3Presigner presigner;

    public S3DocumentStore(S3Settings settings) {
        this(settings, List.of());
    }

    /** @param interceptors see the requests as they are sent (tests: which headers an upload carries) */
    S3DocumentStore(S3Settings settings, List<ExecutionInterceptor> interceptors) {
        this.settings = Objects.requireNonNull(settings, "settings");
        AwsCredentialsProvider credentials = settings.hasStaticCredentials()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        Region region = Region.of(settings.region());
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(c -> c.executionInterceptors(interceptors));
        S3Presigner.Builder presignerBuilder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        settings.endpoint().ifPresent(endpoint -> {
            builder.endpointOverride(endpoint);
            presignerBuilder.endpointOverride(endpoint);
        });
        this.client = builder.build();
        this.presigner = presignerBuilder.build();
        if (settings.createBucket()) {
            try {
                createBucketIfMissing();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    public S3Settings settings() {
        return settings;
    }

    private void createBucketIfMissing() {
        try {
            client.headBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw failure("cannot check the bucket " + settings.bucket(), e);
            }
            CreateBucketRequest.Builder create = CreateBucketRequest.builder().bucket(settings.bucket());
            if (!settings.region().equals("us-east-1")) { // us-east-1 refuses its own name as a location constraint
                create.createBucketConfiguration(CreateBucketConfiguration.builder()
                        .locationConstraint(settings.region()).build());
            }
            try {
                client.createBucket(create.build());
            } catch (BucketAlreadyOwnedByYouException created) {
                // another server instance created it meanwhile
            } catch (SdkException failed) {
                throw failure("cannot create the bucket " + settings.bucket(), failed);
            }
        } catch (SdkException e) {
            throw failure("cannot check the bucket " + settings.bucket(), e);
        }
    }

    /**
     * Objects up to this size (every listing photo, most documents) are read into memory before they are sent, so
     * that the SDK can retry them; larger ones are streamed once, and a failed attempt fails the upload.
     */
    static final int IN_MEMORY_BYTES = 16 * 1024 * 1024;

    @Override
    public StoredObject put(String key, InputStream content, long length, String contentType) {
        DocumentKeys.requireValid(key);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        ExactLength exact = new ExactLength(content, length, key);
        RequestBody body;
        try {
            if (length <= IN_MEMORY_BYTES) {
                // read first (this also checks the length, an empty body included): the SDK can then send it again
                // when it retries, and a refusal is reported as itself, not as a stream that cannot be rewound
                body = RequestBody.fromBytes(exact.readAllBytes());
            } else {
                body = RequestBody.fromInputStream(exact, length);
            }
        } catch (IOException e) {
            throw new DocumentStoreException("cannot store " + key + ": " + e.getMessage(), e);
        }
        try {
            PutObjectResponse response = client.putObject(r -> encrypted(r.bucket(settings.bucket()).key(key)
                    .contentType(contentType).contentLength(length)), body);
            return new StoredObject(key, length, contentType, unquoted(response.eTag()), Instant.now());
        } catch (SdkException | IllegalStateException e) {
            // IllegalStateException: the SDK could not rewind the caller's stream to retry
            if (exact.refusal != null) {
                throw new DocumentStoreException("cannot store " + key + ": " + exact.refusal, e);
            }
            if (e instanceof SdkException sdk) {
                throw failure("cannot store " + key, sdk);
            }
            throw new DocumentStoreException("cannot store " + key + ": " + e.getMessage(), e);
        }
    }

    /** Asks for the settings' server-side encryption; with {@code none} the request carries no such header. */
    private PutObjectRequest.Builder encrypted(PutObjectRequest.Builder request) {
        switch (settings.encryption()) {
            case AES256:
                return request.serverSideEncryption(ServerSideEncryption.AES256);
            case KMS:
                return request.serverSideEncryption(ServerSideEncryption.AWS_KMS)
                        .ssekmsKeyId(settings.kmsKeyId().orElse(null));
            case NONE:
                return request;
            default:
                throw new IllegalStateException("unknown server-side encryption " + settings.encryption());
        }
    }

    @Override
    public Optional<DocumentContent> get(String key) {
        DocumentKeys.requireValid(key);
        try {
            ResponseInputStream<GetObjectResponse> in = client.getObject(r -> r.bucket(settings.bucket()).key(key));
            GetObjectResponse r = in.response();
            return Optional.of(new DocumentContent(describe(key, r.contentLength(), r.contentType(), r.eTag(),
                    r.lastModified()), in));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("cannot read " + key, e);
        } catch (SdkException e) {
            throw failure("cannot read " + key, e);
        }
    }

    @Override
    public Optional<StoredObject> metadata(String key) {
        DocumentKeys.requireValid(key);
        try {
            HeadObjectResponse r = client.headObject(h -> h.bucket(settings.bucket()).key(key));
            return Optional.of(describe(key, r.contentLength(), r.contentType(), r.eTag(), r.lastModified()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("cannot read " + key, e);
        } catch (SdkException e) {
            throw failure("cannot read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        DocumentKeys.requireValid(key);
        try {
            client.deleteObject(d -> d.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            throw failure("cannot delete " + key, e);
        }
    }

    /**
     * A presigned GET of the object, valid for {@code validity} (more than zero, at most 7 days); anyone holding the
     * address can read the object until then, so keep it short (minutes) and hand it only to the signed-in user.
     */
    @Override
    public Optional<URI> temporaryUrl(String key, Duration validity) {
        DocumentKeys.requireValid(key);
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_URL_VALIDITY) > 0) {
            throw new IllegalArgumentException("a presigned URL is valid for more than 0 s and at most 7 days: "
                    + validity);
        }
        try {
            return Optional.of(presigner.presignGetObject(p -> p.signatureDuration(validity)
                    .getObjectRequest(g -> g.bucket(settings.bucket()).key(key))).url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an unusable URL", e);
        } catch (SdkException e) {
            throw failure("cannot presign " + key, e);
        }
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    @Override
    public String toString() {
        return "S3DocumentStore[" + settings + "]";
    }

    private static StoredObject describe(String key, Long length, String contentType, String etag, Instant modified) {
        return new StoredObject(key, length == null ? 0 : length,
                contentType == null ? "application/octet-stream" : contentType, unquoted(etag),
                modified == null ? Instant.EPOCH : modified);
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    private DocumentStoreException failure(String what, SdkException e) {
        String status = e instanceof S3Exception s3 ? " (HTTP " + s3.statusCode() + ")" : "";
        // MinIO without KMS and s3proxy answer 501 to the encryption header
        String hint = e instanceof S3Exception s3 && s3.statusCode() == 501
                && settings.encryption() != S3Settings.Encryption.NONE
                ? " (a server without server-side encryption needs " + StorageSettings.S3_SSE + "=none)" : "";
        return new DocumentStoreException(what + " in the bucket " + settings.bucket() + status + ": "
                + e.getMessage() + hint, e);
    }

    /**
     * Delivers the caller's stream to the SDK and fails the upload, before the last byte is sent, when the stream
     * ends early or holds more than the announced length; once failed it stays failed, so a retry cannot succeed
     * with a part.
     */
    private static final class ExactLength extends FilterInputStream {
        private final long length;
        private final String key;
        private long delivered;
        private boolean endChecked;
        private volatile String refusal;

        ExactLength(InputStream in, long length, String key) {
            super(in);
            this.length = length;
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (refusal != null) {
                throw new IOException(refusal);
            }
            if (delivered == length) {
                checkEnd();
                return -1;
            }
            int n;
            try {
                n = super.read(b, off, (int) Math.min(len, length - delivered));
            } catch (IOException e) {
                throw refuse("reading the content failed after " + delivered + " bytes: " + e.getMessage());
            }
            if (n < 0) {
                throw refuse("the content of " + key + " ended after " + delivered + " bytes, not the announced "
                        + length);
            }
            delivered += n;
            if (delivered == length) {
                checkEnd();
            }
            return n;
        }

        private void checkEnd() throws IOException {
            if (!endChecked) {
                endChecked = true;
                if (super.read() >= 0) {
                    throw refuse("the content of " + key + " has more than the announced " + length + " bytes");
                }
            }
        }

        private IOException refuse(String why) {
            refusal = why;
            return new IOException(why);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // the caller's stream: the caller closes it
        }
    }
}
