package org.realtycrm.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The public website: one Payara Micro node started by {@code server-config/site.sh}, as {@code ./crm start} starts
 * it, the first time a test needs it (the build's post-integration-test phase stops it). Configured for the tests:
 * the core is the tests' server, forms may be sent after one second, and the loopback address is a trusted proxy,
 * so that a test can speak for a visitor's address with X-Forwarded-For.
 */
public final class Site {

    /** The forms' minimum fill time in the tests (crm.site.form.min-seconds). */
    public static final int FORM_MIN_SECONDS = 1;
    /** Forms per address per hour in the tests (crm.site.form.per-address-per-hour). */
    public static final int FORMS_PER_ADDRESS_PER_HOUR = 12;

    private static boolean started;

    private Site() {
    }

    public static synchronized String url() {
        if (!started) {
            start();
            started = true;
        }
        return "http://localhost:" + port();
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("it.site-port", "18060"));
    }

    private static void start() {
        Server.deployOnce(); // the views and the role the website reads through come with the application
        ProcessBuilder builder = new ProcessBuilder("bash",
                Path.of(System.getProperty("it.server-config")).resolve("site.sh").toString(), "start")
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("CRM_MICRO_JAR", System.getProperty("it.micro-jar"));
        env.put("CRM_SITE_WAR", System.getProperty("it.site-war"));
        env.put("CRM_SITE_DIR", System.getProperty("it.site-dir"));
        env.put("CRM_SITE_PORT", Integer.toString(port()));
        env.put("CRM_SECRETS_DIR", ItProperties.secretsDir().toString());
        env.put("CRM_DB_URL", ItProperties.dbUrl());
        env.put("CRM_DB_USER", ItProperties.dbUser());
        env.put("CRM_SITE_CORE_URL", ItProperties.baseUrl());
        env.put("CRM_SITE_BRAND_NAME", "Lakeside Realty");
        env.put("CRM_SITE_BRAND_PHONE", "+1 512 555 0100");
        env.put("CRM_SITE_FORM_MIN_SECONDS", Integer.toString(FORM_MIN_SECONDS));
        env.put("CRM_SITE_FORM_PER_ADDRESS_PER_HOUR", Integer.toString(FORMS_PER_ADDRESS_PER_HOUR));
        env.put("CRM_SITE_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("the website did not start:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
