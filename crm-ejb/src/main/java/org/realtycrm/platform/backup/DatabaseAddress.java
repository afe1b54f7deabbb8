package org.realtycrm.platform.backup;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL tools ({@code pg_dump}, {@code pg_restore}) find the database: host, port, name and user from
 * the JDBC URL, handed to them as libpq's environment variables (never on a command line, where other users of the
 * machine could read a password).
 */
record DatabaseAddress(String host, int port, String database, String user, String sslMode) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    DatabaseAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
    }

    /** @param sslMode libpq's sslmode ({@code crm.db.sslmode}); null: {@code prefer} */
    static DatabaseAddress of(String jdbcUrl, String user, String sslMode) {
        Matcher matcher = URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL of the form jdbc:postgresql://host[:port]/db");
        }
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        return new DatabaseAddress(matcher.group(1), port, matcher.group(3), user, sslMode);
    }

    /** libpq's environment for this address; the password only when one is given. */
    void applyTo(Map<String, String> environment, String password) {
        environment.put("PGHOST", host);
        environment.put("PGPORT", String.valueOf(port));
        environment.put("PGDATABASE", database);
        environment.put("PGUSER", user);
        environment.put("PGSSLMODE", sslMode);
        environment.remove("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            environment.put("PGPASSWORD", password);
        }
    }

}
