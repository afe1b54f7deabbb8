package org.realtycrm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An aggregator's SFTP drop folder for the system tests: a real SFTP server (Apache MINA SSHD) on this machine,
 * with a fresh host key and one user whose password the IT profile's configuration holds
 * ({@code crm.pipeline.secret.it-sftp}). Files are dropped as an aggregator would, a while ago (the server under test
 * leaves files younger than a minute alone: they may still be being written).
 */
public final class SftpDrop implements AutoCloseable {

    public static final String USER = "lists";
    public static final String PASSWORD_REF = "crm.pipeline.secret.it-sftp";
    private static final String PASSWORD = "it-sftp-password-not-a-secret";

    private final SshServer server;
    private final Path root;
    private final String hostKey;

    private SftpDrop() throws IOException, GeneralSecurityException {
        root = Files.createTempDirectory("it-sftp-drop");
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
        hostKeys.setAlgorithm("EC");
        hostKeys.setKeySize(256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(hostKeys);
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setSubsystemFactories(Collections.singletonList(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        hostKey = PublicKeyEntry.toString(hostKeys.loadKeys(null).get(0).getPublic());
    }

    public static SftpDrop start() {
        try {
            return new SftpDrop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The server's entry in a known_hosts file, as ssh-keyscan would print it. */
    public String knownHosts() {
        return "[127.0.0.1]:" + port() + " " + hostKey;
    }

    /** A known_hosts entry for this server's address with a key that is not its own (a server impersonated). */
    public String anotherHostsKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(generator.generateKeyPair().getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops a file into a folder (created), dated two minutes ago. */
    public void drop(String folder, String name, String content) {
        try {
            Path file = Files.createDirectories(root.resolve(folder)).resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean holds(String folder, String name) {
        return Files.exists(root.resolve(folder).resolve(name));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
