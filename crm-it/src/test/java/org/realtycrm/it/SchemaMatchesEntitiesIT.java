package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.ItProperties;

/**
 * Flyway owns the schema and Hibernate only validates it, but inside the server Hibernate boots before Flyway
 * migrates, so it cannot validate there. This test does it from outside, once the deployed EAR (see {@link CrmIT})
 * has migrated the build's database: the {@code crm} persistence unit from crm-domain, bootstrapped standalone with
 * {@code validate}, fails on any entity column the migrations do not create with a compatible type.
 */
class SchemaMatchesEntitiesIT extends CrmIT {

    private static final Pattern VERSIONED_MIGRATION = Pattern.compile("V([0-9_.]+)__.+\\.sql");

    @Test
    void everyMappedTableAndColumnExistsInTheMigratedSchema() {
        try (EntityManagerFactory factory =
                Persistence.createEntityManagerFactory("crm", validatingOutsideTheServer())) {
            assertThat(factory.getMetamodel().getEntities()).extracting(EntityType::getName)
                    .contains("User", "Lead", "Activity");
        }
    }

    @Test
    void everyMigrationShippedWithTheDomainHasBeenAppliedSuccessfully()
            throws IOException, URISyntaxException, SQLException {
        Set<String> shipped = shippedMigrationVersions();
        Set<String> applied = new TreeSet<>();
        List<String> failed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(
                    ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select version, script, success from flyway_schema_history")) {
            while (rows.next()) {
                if (rows.getString("version") != null) {
                    applied.add(rows.getString("version"));
                }
                if (!rows.getBoolean("success")) {
                    failed.add(rows.getString("script"));
                }
            }
        }

        assertThat(shipped).as("migrations in crm-domain's db/migration").contains("1");
        assertThat(applied).as("versions in flyway_schema_history").containsAll(shipped);
        assertThat(failed).as("failed migrations in flyway_schema_history").isEmpty();
    }

    /** The persistence unit's JTA settings replaced by a local connection; everything else as deployed. */
    private static Map<String, Object> validatingOutsideTheServer() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null); // removes the unit's JNDI name; "" would be looked up
        settings.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        settings.put("jakarta.persistence.jdbc.url", ItProperties.dbUrl());
        settings.put("jakarta.persistence.jdbc.user", ItProperties.dbUser());
        settings.put("jakarta.persistence.jdbc.password", ItProperties.dbPassword());
        settings.put("jakarta.persistence.validation.mode", "NONE");
        settings.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        // the unit says "none" for both; the JPA setting takes precedence over Hibernate's, so both are overridden
        settings.put("jakarta.persistence.schema-generation.database.action", "validate");
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.connection.pool_size", "1");
        settings.put("hibernate.type.json_format_mapper", new TextOnlyJsonMapper());
        return settings;
    }

    /**
     * Hibernate wants a JSON mapper at boot because of the jsonb column; the server has one, the test class path
     * has no JSON-B implementation. Validating the schema converts no values, and the JSON attributes are text.
     */
    static final class TextOnlyJsonMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
            return type.getJavaTypeClass().cast(requireText(type) ? text.toString() : null);
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            return requireText(type) ? (String) value : null;
        }

        private static boolean requireText(JavaType<?> type) {
            if (type.getJavaTypeClass() != String.class) {
                throw new UnsupportedOperationException("only text JSON attributes are supported here, not " + type);
            }
            return true;
        }
    }

    /** Versions of the {@code V<version>__<description>.sql} files in {@code db/migration} on the class path. */
    private static Set<String> shippedMigrationVersions() throws IOException, URISyntaxException {
        Set<String> versions = new TreeSet<>();
        ClassLoader classPath = SchemaMatchesEntitiesIT.class.getClassLoader();
        for (URL folder : Collections.list(classPath.getResources("db/migration"))) {
            fileNames(folder).stream().map(VERSIONED_MIGRATION::matcher).filter(Matcher::matches)
                    .map(match -> match.group(1).replace('_', '.'))
                    .forEach(versions::add);
        }
        return versions;
    }

    private static List<String> fileNames(URL folder) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            String prefix = connection.getEntryName() + "/";
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(ZipEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                        .map(name -> name.substring(prefix.length()))
                        .toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
