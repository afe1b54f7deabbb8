package org.realtycrm.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The provisioned Payara domain as an operator sees it: its process, which a test may kill the hard way (as a power
 * cut or an OOM kill would), start again, and its JMS broker, whose queues a test may pause to hold a message
 * between send and delivery.
 */
public final class Server {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Server() {
    }

    private static boolean deployed;

    /**
     * Deploys the real EAR (built by crm-ear) once per build, to the domain the build provisioned and started, and
     * waits until the screens answer. Every test class calls it; only the first deploys, as an operator would: a
     * server runs one deployment for days, and its state (caches, timers, websockets) must hold across every
     * capability the classes test.
     */
    public static synchronized void deployOnce() {
        if (deployed) {
            return;
        }
        Path passwordFile;
        try {
            passwordFile = Files.createTempFile("asadmin", ".pass");
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + ItProperties.adminConsolePassword() + "\n");
            passwordFile.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String port = ItProperties.adminConsoleUrl().substring(ItProperties.adminConsoleUrl().lastIndexOf(':') + 1);
        run(List.of(asadmin().toString(), "--port", port, "--user", "admin", "--passwordfile",
                passwordFile.toString(), "deploy", "--force=true", "--name", "crm", ItProperties.earPath()));
        awaitReady();
        deployed = true;
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hooks, no orderly undeploy, no broker flush. */
    public static void kill() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no server process " + pid));
        process.destroyForcibly();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /**
     * Starts the domain and waits until the application itself answers: asadmin returns well before that, and the
     * server's own /health answers UP while the application is still loading, as it has no checks registered yet.
     */
    public static void start() {
        run(List.of(asadmin().toString(), "start-domain", ItProperties.domain()));
        awaitReady();
    }

    /**
     * Restarts the domain gracefully and waits for the application (a start is what such a test is about).
     */
    public static void restart() {
        run(List.of(asadmin().toString(), "restart-domain", ItProperties.domain()));
        awaitReady();
    }

    /**
     * Restarts the domain and returns as soon as the API answers, while the screens may still be loading: what an
     * operator's script sees, and the moment a start's first notifications arrive before anyone opens a screen.
     * Call {@link #awaitScreens()} before a browser opens a page.
     */
    public static void restartAwaitingTheApiOnly() {
        run(List.of(asadmin().toString(), "restart-domain", ItProperties.domain()));
        await(false);
    }

    /**
     * Waits until the screens' web module is deployed, without asking it for a screen: its sign-in mechanism answers
     * a download's address with a redirect to the form, and no Faces view is rendered.
     */
    public static void awaitScreensModuleWithoutAScreen() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(ItProperties.baseUrl()
                        + "/app/imports/rejects.csv")).timeout(Duration.ofSeconds(5)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 302) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not open yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(300));
        }
        throw new IllegalStateException("the screens' module did not deploy within " + START_TIMEOUT);
    }

    /** Waits until the screens answer too (the EAR's modules start one after the other). */
    public static void awaitScreens() {
        await(true);
    }

    /** Holds back delivery of the queue's messages to its consumers; producers still send and the broker keeps them. */
    public static void pauseConsumers(String queue) {
        imqcmd("pause", "dst", "-t", "q", "-n", queue, "-pst", "CONSUMERS");
    }

    public static void resume(String queue) {
        imqcmd("resume", "dst", "-t", "q", "-n", queue);
    }

    private static void awaitReady() {
        await(true);
    }

    private static void await(boolean screensToo) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                // the EAR's modules start one after the other: the screens (/app) answer after the API does
                if (answers(http, "/api/v1/version") && answers(http, "/health/ready")
                        && (!screensToo || answers(http, "/app/login.xhtml"))) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not open yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the application did not become ready within " + START_TIMEOUT);
    }

    private static boolean answers(HttpClient http, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ItProperties.baseUrl() + path))
                .timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static long pid() {
        Path pidFile = domainDir().resolve("config").resolve("pid");
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException e) {
            throw new IllegalStateException("the server is not running (no " + pidFile + ")", e);
        }
    }

    private static void imqcmd(String... arguments) {
        Path passwordFile = writeBrokerPasswordFile();
        List<String> command = new ArrayList<>(List.of(
                ItProperties.payaraHome().resolve("mq").resolve("bin").resolve("imqcmd").toString()));
        command.addAll(List.of(arguments));
        // the embedded broker listens on the domain's port base + 76 and keeps the default broker administrator
        command.addAll(List.of("-b", "localhost:" + (ItProperties.portBase() + 76), "-u", "admin",
                "-passfile", passwordFile.toString(), "-f", "-javahome", System.getProperty("java.home")));
        run(command);
    }

    private static Path writeBrokerPasswordFile() {
        try {
            Path file = Files.createTempFile("imq", ".pass");
            Files.writeString(file, "imq.imqcmd.password=admin\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path asadmin() {
        return ItProperties.payaraHome().resolve("bin").resolve("asadmin");
    }

    private static Path domainDir() {
        return ItProperties.payaraHome().resolve("glassfish").resolve("domains").resolve(ItProperties.domain());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
