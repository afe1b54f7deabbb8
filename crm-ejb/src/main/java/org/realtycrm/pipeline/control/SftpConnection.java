package org.realtycrm.pipeline.control;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchRevokedHostKeyException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;

/**
 * One SSH session with its SFTP channel, opened as {@link SftpSettings} say: the host key checked strictly against
 * the known hosts entry, the login by key and/or password. Every way the opening can fail becomes a
 * {@link FileDropException} an admin can act on.
 */
final class SftpConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SftpConnection.class.getName());

    private final Session session;
    private final ChannelSftp channel;

    private SftpConnection(Session session, ChannelSftp channel) {
        this.session = session;
        this.channel = channel;
    }

    static SftpConnection open(SftpSettings settings) {
        String where = where(settings);
        JSch jsch = new JSch();
        knownHosts(jsch, settings);
        if (settings.privateKey() != null) {
            identity(jsch, settings);
        }
        Session session = null;
        try {
            session = jsch.getSession(settings.user(), settings.host(), settings.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", authentications(settings));
            if (settings.password() != null) {
                session.setPassword(settings.password());
            }
            session.setUserInfo(new Login(settings.password()));
            int timeout = (int) settings.connectTimeout().toMillis();
            session.setTimeout(timeout);
            session.connect(timeout);
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect(timeout);
            LOG.fine(() -> "SFTP session open with " + where);
            return new SftpConnection(session, channel);
        } catch (JSchException e) {
            String presented = "";
            if (session != null) {
                presented = presentedKey(jsch, session);
                session.disconnect();
            }
            throw refused(settings, e, presented);
        }
    }

    ChannelSftp channel() {
        return channel;
    }

    /** False once the server or the network ended the session: the next use opens a new one. */
    boolean isOpen() {
        return session.isConnected() && channel.isConnected() && !channel.isClosed();
    }

    @Override
    public void close() {
        channel.disconnect();
        session.disconnect();
    }

    static String where(SftpSettings settings) {
        return settings.host() + ":" + settings.port();
    }

    private static void knownHosts(JSch jsch, SftpSettings settings) {
        try {
            jsch.setKnownHosts(new ByteArrayInputStream(settings.knownHosts().getBytes(StandardCharsets.UTF_8)));
        } catch (JSchException e) {
            throw new FileDropException("the known hosts entry for " + where(settings) + " cannot be read", e);
        }
    }

    /** Checked here rather than left to the login, where a wrong passphrase would pass for a refused key. */
    private static void identity(JSch jsch, SftpSettings settings) {
        byte[] key = settings.privateKey().getBytes(StandardCharsets.UTF_8);
        byte[] passphrase = settings.passphrase() == null ? null : settings.passphrase().getBytes(StandardCharsets.UTF_8);
        String name = "private key of " + settings.user();
        KeyPair pair;
        try {
            pair = KeyPair.load(jsch, key, null);
        } catch (JSchException e) {
            throw new FileDropException("the " + name + " is not a private key in a format this client reads "
                    + "(PEM, OpenSSH or PuTTY)");
        }
        try {
            if (pair.isEncrypted() && passphrase == null) {
                throw new FileDropException("the " + name + " is encrypted, and no passphrase was given");
            }
            if (pair.isEncrypted() && !pair.decrypt(passphrase.clone())) {
                throw new FileDropException("the passphrase does not unlock the " + name);
            }
        } finally {
            pair.dispose();
        }
        try {
            jsch.addIdentity(name, key, null, passphrase);
        } catch (JSchException e) {
            throw new FileDropException("the " + name + " cannot be used", e);
        }
    }

    private static String authentications(SftpSettings settings) {
        List<String> methods = new ArrayList<>();
        if (settings.privateKey() != null) {
            methods.add("publickey");
        }
        if (settings.password() != null) {
            // many servers ask for the password by keyboard-interactive rather than by the "password" method
            methods.add("keyboard-interactive");
            methods.add("password");
        }
        return String.join(",", methods);
    }

    /** The key the server showed, for the admin to compare with the fingerprint the aggregator publishes. */
    private static String presentedKey(JSch jsch, Session session) {
        HostKey key = session.getHostKey();
        return key == null ? "" : " (the server presents " + key.getType() + " " + key.getFingerPrint(jsch) + ")";
    }

    private static FileDropException refused(SftpSettings settings, JSchException e, String presented) {
        String where = where(settings);
        if (e instanceof JSchChangedHostKeyException) {
            return new FileDropException("host key of " + where + " does not match the known hosts entry: the server's "
                    + "key changed, or another machine answers at this address" + presented, e);
        }
        if (e instanceof JSchUnknownHostKeyException) {
            return new FileDropException("host key of " + where + " is not in the known hosts entry: the entry names "
                    + "another host or key type, or lacks the port as [host]:port" + presented, e);
        }
        if (e instanceof JSchRevokedHostKeyException) {
            return new FileDropException("host key of " + where + " is marked revoked in the known hosts entry"
                    + presented, e);
        }
        if (e instanceof JSchHostKeyException) {
            return new FileDropException("host key of " + where + " was refused: " + e.getMessage(), e);
        }
        if (e instanceof JSchAlgoNegoFailException) {
            return new FileDropException(where + " offers no algorithm this client accepts (" + e.getMessage()
                    + "); a known hosts entry of a key type the server does not have causes this too", e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")
                || message.startsWith("Login trials exceed")) {
            return new FileDropException("authentication refused for user " + settings.user() + " at " + where, e);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return new FileDropException("host " + settings.host() + " not found", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new FileDropException("cannot connect to " + where + ": " + cause.getMessage(), e);
        }
        if (cause instanceof SocketTimeoutException || message.contains("timeout")) {
            return new FileDropException("no answer from " + where + " within "
                    + settings.connectTimeout().toSeconds() + " s", e);
        }
        if (message.contains("channel is not opened") || message.contains("failed to send channel request")) {
            return new FileDropException(where + " does not offer SFTP to user " + settings.user(), e);
        }
        LOG.log(Level.FINE, "SFTP session with " + where + " failed", e);
        return new FileDropException("cannot open an SFTP session with " + where + ": " + message, e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Answers the server's keyboard-interactive password prompt and declines every question: JSch asks through here
     * whether to accept an unknown host key, and the answer must be no.
     */
    private static final class Login implements UserInfo, UIKeyboardInteractive {

        private final String password;

        Login(String password) {
            this.password = password;
        }

        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction,
                String[] prompt, boolean[] echo) {
            if (prompt.length == 0) {
                return new String[0];
            }
            if (password == null || prompt.length != 1 || echo[0]) {
                return null;
            }
            return new String[] {password};
        }

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public boolean promptPassword(String message) {
            return password != null;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {
            LOG.fine(message);
        }
    }
}
