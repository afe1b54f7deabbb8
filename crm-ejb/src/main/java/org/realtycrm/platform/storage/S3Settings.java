package org.realtycrm.platform.storage;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link S3DocumentStore} keeps objects: a bucket in a region, optionally on another S3-compatible server
 * ({@code endpoint}, usually with path-style addressing), with a static access key or the AWS SDK's default
 * credentials chain (environment, system properties, profile, container or instance role), and the server-side
 * encryption every upload asks for. {@link #toString()} never shows the secret key.
 */
public final class S3Settings {

    /**
     * What the server is asked to encrypt each object with ({@code x-amz-server-side-encryption}): S3's own keys (the
     * default), a KMS key, or nothing, for S3-compatible servers that refuse the header (a MinIO without KMS).
     */
    public enum Encryption {
        AES256("AES256"), KMS("aws:kms"), NONE("none");

        private final String setting;

        Encryption(String setting) {
            this.setting = setting;
        }

        /** The value of {@code crm.storage.s3.sse}. */
        public String setting() {
            return setting;
        }

        /** @throws IllegalArgumentException naming the values allowed */
        public static Encryption of(String setting) {
            for (Encryption encryption : values()) {
                if (encryption.setting.equalsIgnoreCase(setting.strip())) {
                    return encryption;
                }
            }
            throw new IllegalArgumentException(StorageSettings.S3_SSE + " is AES256, aws:kms or none, not " + setting);
        }
    }

    private final String bucket;
    private final String region;
    private final URI endpoint;
    private final boolean pathStyle;
    private final String accessKey;
    private final String secretKey;
    private final boolean createBucket;
    private final Encryption encryption;
    private final String kmsKeyId;

    private S3Settings(Builder b) {
        bucket = requireText(b.bucket, "bucket");
        region = requireText(b.region, "region");
        endpoint = b.endpoint;
        pathStyle = b.pathStyle;
        accessKey = blankToNull(b.accessKey);
        secretKey = blankToNull(b.secretKey);
        createBucket = b.createBucket;
        encryption = Objects.requireNonNull(b.encryption, "encryption");
        kmsKeyId = blankToNull(b.kmsKeyId);
        if (kmsKeyId != null && encryption != Encryption.KMS) {
            throw new IllegalArgumentException(StorageSettings.S3_KMS_KEY_ID + " names the key of "
                    + StorageSettings.S3_SSE + "=aws:kms; it is " + encryption.setting());
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("an S3 access key needs its secret key and the other way round ("
                    + StorageSettings.S3_ACCESS_KEY + ", " + StorageSettings.S3_SECRET_KEY + ")");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https")))) {
            throw new IllegalArgumentException("the S3 endpoint must be an http or https URL: " + endpoint);
        }
    }

    public static Builder builder(String bucket) {
        return new Builder(bucket);
    }

    public String bucket() { return bucket; }
    public String region() { return region; }
    public Optional<URI> endpoint() { return Optional.ofNullable(endpoint); }
    public boolean pathStyle() { return pathStyle; }
    /** Whether a static key pair is configured; otherwise the SDK's default chain finds the credentials. */
    public boolean hasStaticCredentials() { return accessKey != null; }
    public String accessKey() { return accessKey; }
    public String secretKey() { return secretKey; }
    /** Create the bucket at start when it does not exist (for a laptop's MinIO; production buckets are made by ops). */
    public boolean createBucket() { return createBucket; }
    public Encryption encryption() { return encryption; }
    /** The KMS key of {@link Encryption#KMS}; empty: the bucket's default KMS key (aws/s3). */
    public Optional<String> kmsKeyId() { return Optional.ofNullable(kmsKeyId); }

    @Override
    public String toString() {
        return "S3Settings[bucket " + bucket + " in " + region + (endpoint == null ? "" : " at " + endpoint)
                + (pathStyle ? ", path-style" : "") + (accessKey == null ? ", default credentials chain"
                : ", access key " + accessKey) + (createBucket ? ", creates the bucket" : "")
                + ", server-side encryption " + encryption.setting() + (kmsKeyId == null ? "" : " with " + kmsKeyId)
                + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the S3 " + name + " is needed");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static final class Builder {
        private final String bucket;
        private String region = "us-east-1";
        private URI endpoint;
        private boolean pathStyle;
        private String accessKey;
        private String secretKey;
        private boolean createBucket;
        private Encryption encryption = Encryption.AES256;
        private String kmsKeyId;

        private Builder(String bucket) {
            this.bucket = bucket;
        }

        public Builder region(String region) { this.region = Objects.requireNonNull(region); return this; }
        /** Another S3-compatible server, e.g. {@code http://localhost:9000} for MinIO. */
        public Builder endpoint(URI endpoint) { this.endpoint = endpoint; return this; }
        /** {@code https://host/bucket/key} instead of {@code https://bucket.host/key}; MinIO and most others need it. */
        public Builder pathStyle(boolean pathStyle) { this.pathStyle = pathStyle; return this; }
        public Builder credentials(String accessKey, String secretKey) {
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }
        public Builder createBucket(boolean create) { this.createBucket = create; return this; }
        public Builder encryption(Encryption encryption) { this.encryption = encryption; return this; }
        /** Only with {@link Encryption#KMS}: a key id, alias or ARN (not a secret). */
        public Builder kmsKeyId(String kmsKeyId) { this.kmsKeyId = kmsKeyId; return this; }

        public S3Settings build() {
            return new S3Settings(this);
        }
    }
}
