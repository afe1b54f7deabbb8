package org.realtycrm.platform.storage;

/** The configuration keys of the document store (defaults in microprofile-config.properties). */
public final class StorageSettings {

    /** {@code filesystem} (the default) or {@code s3}. */
    public static final String KIND = "crm.storage.kind";
    /** The filesystem store's directory; empty: {@code ${user.home}/realtycrm/documents}. */
    public static final String ROOT = "crm.storage.root";
    public static final String S3_BUCKET = "crm.storage.s3.bucket";
    public static final String S3_REGION = "crm.storage.s3.region";
    /** Another S3-compatible server than AWS, e.g. {@code http://localhost:9000} for MinIO. */
    public static final String S3_ENDPOINT = "crm.storage.s3.endpoint";
    public static final String S3_PATH_STYLE = "crm.storage.s3.path-style";
    /** With {@link #S3_SECRET_KEY}; both unset: the AWS SDK's default credentials chain. */
    public static final String S3_ACCESS_KEY = "crm.storage.s3.access-key";
    /** A secret: set it in the environment or as a Payara password alias, never in a file in the repository. */
    public static final String S3_SECRET_KEY = "crm.storage.s3.secret-key";
    public static final String S3_CREATE_BUCKET = "crm.storage.s3.create-bucket";
    /** Server-side encryption of every upload: {@code AES256} (the default), {@code aws:kms} or {@code none}. */
    public static final String S3_SSE = "crm.storage.s3.sse";
    /** The KMS key of {@code aws:kms}; unset: the bucket's default KMS key. */
    public static final String S3_KMS_KEY_ID = "crm.storage.s3.kms-key-id";

    private StorageSettings() {
    }
}
