package org.realtycrm.pipeline.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.pipeline.entity.AfterPickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real SFTP server (Apache MINA SSHD) in this JVM, on a free port, serving a fresh folder per test. */
class SftpFileDropTest {

    private static final String USER = "bob";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String PASSPHRASE = "unlock-me";
    private static final Instant PICKUP_TIME = Instant.parse("2026-01-02T10:00:00Z");

    private static SshServer server;
    private static String hostKeyLine;
    private static String privateKey;
    private static String encryptedPrivateKey;
    private static final Queue<long[]> reads = new ConcurrentLinkedQueue<>();
    private static final VirtualFileSystemFactory files = new VirtualFileSystemFactory();

    @TempDir
    Path root;
    @TempDir
    Path local;

    @BeforeAll
    static void startServer() throws Exception {
        KeyPair client = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        privateKey = privateKeyText(client, null);
        encryptedPrivateKey = privateKeyText(client, PASSPHRASE.getBytes(StandardCharsets.UTF_8));
        String authorizedKey = client.getKeyTypeString() + " " + Base64.getEncoder().encodeToString(client.getPublicKeyBlob());

        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
        hostKeys.setAlgorithm("EC");
        hostKeys.setKeySize(256);

        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void read(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                    byte[] data, int dataOffset, int dataLen, int readLen, Throwable thrown) {
                if (readLen > 0) {
                    reads.add(new long[] {offset, readLen});
                }
            }
        });

        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(hostKeys);
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && authorizedKey.equals(PublicKeyEntry.toString(key)));
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(files);
        server.start();

        PublicKey hostKey = hostKeys.loadKeys(null).get(0).getPublic();
        hostKeyLine = PublicKeyEntry.toString(hostKey);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.stop(true);
    }

    @BeforeEach
    void freshFolder() throws IOException {
        files.setDefaultHomeDir(root);
        Files.createDirectories(root.resolve("drop"));
        reads.clear();
    }

    private static String privateKeyText(KeyPair pair, byte[] passphrase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pair.writePrivateKey(out, passphrase);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String knownHosts() {
        return "[127.0.0.1]:" + server.getPort() + " " + hostKeyLine + "\n";
    }

    private static SftpSettings.Builder settings() {
        return settings("/drop");
    }

    private static SftpSettings.Builder settings(String folder) {
        return SftpSettings.builder("127.0.0.1", USER, folder, knownHosts())
                .port(server.getPort())
                .password(PASSWORD)
                .deleteAfterPickup()
                .settleSeconds(0)
                .connectTimeout(Duration.ofSeconds(5));
    }

    private Path drop(String name, byte[] content) throws IOException {
        return Files.write(root.resolve("drop").resolve(name), content);
    }

    private Path drop(String name, String content) throws IOException {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void age(Path file, Duration age) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age).truncatedTo(ChronoUnit.SECONDS)));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Test
    void with_a_password_lists_the_waiting_file_and_fetches_it() throws IOException {
        Path remote = drop("owners.csv", "owner,address\nJane Roe,1 Main St\n");
        age(remote, Duration.ofMinutes(5));
        Instant modified = Files.getLastModifiedTime(remote).toInstant();

        try (SftpFileDrop drop = new SftpFileDrop(settings().build())) {
            List<DroppedFile> waiting = drop.waiting();
            assertThat(waiting).containsExactly(new DroppedFile("owners.csv", Files.size(remote), modified,
                    "owners.csv;" + Files.size(remote) + ";" + modified.getEpochSecond()));

            Path target = local.resolve("copy.csv");
            drop.fetch(waiting.get(0), target);
            assertThat(target).hasSameBinaryContentAs(remote);
        }
    }

    @Test
    void logs_in_with_a_private_key_plain_or_encrypted() throws IOException {
        Path remote = drop("owners.csv", "owner\nJane Roe\n");
        fetchWith(settings().password(null).privateKey(privateKey, null).build(), local.resolve("plain.csv"));
        fetchWith(settings().password(null).privateKey(encryptedPrivateKey, PASSPHRASE).build(),
                local.resolve("encrypted.csv"));

        assertThat(local.resolve("plain.csv")).hasSameBinaryContentAs(remote);
        assertThat(local.resolve("encrypted.csv")).hasSameBinaryContentAs(remote);
    }

    private static void fetchWith(SftpSettings settings, Path target) {
        try (SftpFileDrop drop = new SftpFileDrop(settings)) {
            drop.fetch(drop.waiting().get(0), target);
        }
    }

    @Test
    void a_wrong_password_is_refused_as_authentication() {
        try (SftpFileDrop drop = new SftpFileDrop(settings().password("wrong").build())) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessage("authentication refused for user bob at 127.0.0.1:" + server.getPort())
                    .hasMessageNotContaining("wrong");
        }
    }

    @Test
    void a_wrong_passphrase_is_named_as_such() {
        SftpSettings wrongPassphrase = settings().password(null).privateKey(encryptedPrivateKey, "not-it").build();
        try (SftpFileDrop drop = new SftpFileDrop(wrongPassphrase)) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessage("the passphrase does not unlock the private key of bob");
        }
    }

    @Test
    void a_server_whose_key_differs_from_the_known_hosts_entry_is_refused() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String impostorKey = PublicKeyEntry.toString(generator.generateKeyPair().getPublic());
        SftpSettings settings = SftpSettings.builder("127.0.0.1", USER, "/drop",
                        "[127.0.0.1]:" + server.getPort() + " " + impostorKey)
                .port(server.getPort()).password(PASSWORD).deleteAfterPickup().settleSeconds(0).build();

        try (SftpFileDrop drop = new SftpFileDrop(settings)) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessageStartingWith("host key of 127.0.0.1:" + server.getPort()
                            + " does not match the known hosts entry")
                    .hasMessageContaining("the server presents ecdsa-sha2-nistp256 SHA256:");
        }
    }

    @Test
    void a_server_missing_from_the_known_hosts_entry_is_refused() {
        SftpSettings settings = SftpSettings.builder("127.0.0.1", USER, "/drop",
                        "[sftp.example.com]:" + server.getPort() + " " + hostKeyLine)
                .port(server.getPort()).password(PASSWORD).deleteAfterPickup().settleSeconds(0).build();

        try (SftpFileDrop drop = new SftpFileDrop(settings)) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessageStartingWith("host key of 127.0.0.1:" + server.getPort()
                            + " is not in the known hosts entry");
        }
    }

    @Test
    void only_settled_files_matching_the_glob_wait_oldest_first() throws IOException {
        age(drop("b.csv", "b"), Duration.ofHours(2));
        age(drop("a.csv", "a"), Duration.ofHours(2));
        age(drop("oldest.csv", "o"), Duration.ofHours(3));
        age(drop("notes.txt", "not a list"), Duration.ofHours(3));
        age(drop(".upload-in-progress.csv", "hidden"), Duration.ofHours(3));
        Files.createDirectories(root.resolve("drop/folder.csv"));
        drop("still-uploading.csv", "written a moment ago");

        SftpSettings settings = settings().fileGlob("*.csv").settleSeconds(60).build();
        try (SftpFileDrop drop = new SftpFileDrop(settings)) {
            assertThat(drop.waiting()).extracting(DroppedFile::name).containsExactly("oldest.csv", "a.csv", "b.csv");
        }
    }

    @Test
    void a_resumed_download_reads_only_the_missing_bytes() throws IOException {
        byte[] content = randomBytes(200_000);
        drop("owners.csv", content);
        int have = 70_000;
        Path target = Files.write(local.resolve("owners.csv"), Arrays.copyOf(content, have));

        try (SftpFileDrop drop = new SftpFileDrop(settings().build())) {
            drop.fetch(drop.waiting().get(0), target);
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(reads).isNotEmpty();
        assertThat(reads.stream().mapToLong(read -> read[0]).min().orElseThrow()).isEqualTo(have);
        assertThat(reads.stream().mapToLong(read -> read[1]).sum()).isEqualTo(content.length - have);
    }

    @Test
    void a_resumed_download_keeps_the_bytes_already_there() throws IOException {
        byte[] content = randomBytes(50_000);
        drop("owners.csv", content);
        // a prefix that is not the file's: had the copy started over, it would be gone
        byte[] prefix = new byte[20_000];
        Arrays.fill(prefix, (byte) 'X');
        Path target = Files.write(local.resolve("owners.csv"), prefix);

        try (SftpFileDrop drop = new SftpFileDrop(settings().build())) {
            drop.fetch(drop.waiting().get(0), target);
        }

        byte[] copy = Files.readAllBytes(target);
        assertThat(copy).hasSize(content.length);
        assertThat(Arrays.copyOf(copy, prefix.length)).isEqualTo(prefix);
        assertThat(Arrays.copyOfRange(copy, prefix.length, copy.length))
                .isEqualTo(Arrays.copyOfRange(content, prefix.length, content.length));
    }

    @Test
    void a_target_longer_than_the_file_is_written_again() throws IOException {
        Path remote = drop("owners.csv", "short");
        Path target = Files.writeString(local.resolve("owners.csv"), "much longer than the file at the source");

        try (SftpFileDrop drop = new SftpFileDrop(settings().build())) {
            drop.fetch(drop.waiting().get(0), target);
        }

        assertThat(target).hasSameBinaryContentAs(remote);
    }

    @Test
    void a_file_replaced_after_it_was_listed_is_not_fetched() throws IOException {
        Path remote = drop("owners.csv", "first version");
        age(remote, Duration.ofHours(1));

        try (SftpFileDrop drop = new SftpFileDrop(settings().build())) {
            DroppedFile listed = drop.waiting().get(0);
            drop("owners.csv", "second, longer version");

            assertThatThrownBy(() -> drop.fetch(listed, local.resolve("owners.csv")))
                    .isInstanceOf(FileDropException.class)
                    .hasMessage("owners.csv on 127.0.0.1:" + server.getPort() + " changed since it was listed");
        }
    }

    @Test
    void archiving_moves_the_file_into_a_new_folder_and_keeps_both_copies_of_a_name() throws IOException {
        SftpSettings settings = settings().archiveTo("/archive/lists").build();
        try (SftpFileDrop drop = new SftpFileDrop(settings, Clock.fixed(PICKUP_TIME, ZoneOffset.UTC))) {
            drop("owners.csv", "January's list");
            drop.pickedUp(drop.waiting().get(0));
            drop("owners.csv", "February's longer list");
            drop.pickedUp(drop.waiting().get(0));

            assertThat(drop.waiting()).isEmpty();
        }

        Path archive = root.resolve("archive/lists");
        assertThat(root.resolve("drop/owners.csv")).doesNotExist();
        assertThat(archive.resolve("owners.csv")).hasContent("January's list");
        assertThat(archive.resolve("owners-20260102T100000Z.csv")).hasContent("February's longer list");
        try (Stream<Path> archived = Files.list(archive)) {
            assertThat(archived).hasSize(2);
        }
    }

    @Test
    void deleting_removes_the_file() throws IOException {
        drop("owners.csv", "owner\nJane Roe\n");
        try (SftpFileDrop drop = new SftpFileDrop(settings().deleteAfterPickup().build())) {
            DroppedFile file = drop.waiting().get(0);
            drop.pickedUp(file);
            assertThat(drop.waiting()).isEmpty();
            // once more, as after a crash before the pickup was recorded: the work is done already
            drop.pickedUp(file);
        }
        assertThat(root.resolve("drop/owners.csv")).doesNotExist();
    }

    @Test
    void a_missing_folder_is_named() {
        try (SftpFileDrop drop = new SftpFileDrop(settings("/nope").build())) {
            assertThatThrownBy(drop::waiting).isInstanceOf(FileDropException.class)
                    .hasMessage("folder /nope not found on 127.0.0.1:" + server.getPort());
        }
    }

    @Test
    void settings_refuse_what_cannot_work_and_never_show_secrets() {
        assertThatThrownBy(() -> settings().password(null).build())
                .hasMessage("a password or a private key is required to log in as bob");
        assertThatThrownBy(() -> SftpSettings.builder("127.0.0.1", USER, "/drop", " ").password(PASSWORD)
                .deleteAfterPickup().build()).hasMessageStartingWith("the server's known hosts entry is required");
        assertThatThrownBy(() -> settings().archiveTo(null).build())
                .hasMessage("an archive folder is required to archive picked-up files");
        assertThatThrownBy(() -> settings().port(70_000).build())
                .hasMessage("port must be between 1 and 65535, not 70000");
        assertThatThrownBy(() -> settings().fileGlob("*.{csv").build())
                .hasMessageStartingWith("file name pattern *.{csv is not a valid glob");

        SftpSettings settings = settings().privateKey(encryptedPrivateKey, PASSPHRASE).build();
        assertThat(settings.toString()).contains("bob@127.0.0.1", "password", "private key")
                .doesNotContain(PASSWORD, PASSPHRASE, "PRIVATE KEY");
        assertThat(settings.afterPickup()).isEqualTo(AfterPickup.DELETE);
    }
}
