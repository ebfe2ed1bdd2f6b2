package org.councilfeedback.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs every Spring test against a fresh PostgreSQL database when PostgreSQL is available (always in CI), and on the
 * embedded H2 database otherwise, so the same test command passes on a machine without PostgreSQL.
 *
 * <p>{@code council-feedback.test.database}: {@code postgres} (required: fail if unreachable), {@code h2} (force the
 * embedded database, e.g. for tests of the embedded default), or {@code auto} (the default: PostgreSQL when
 * {@code 127.0.0.1:5432} answers). The environment variable {@code CF_TEST_DATABASE} sets it for a whole run.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOST = System.getenv().getOrDefault("CF_TEST_POSTGRES_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("CF_TEST_POSTGRES_PORT", "5432"));
    public static final String USER = System.getenv().getOrDefault("CF_TEST_POSTGRES_USER", "postgres");
    private static volatile Boolean reachable;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String mode = context.getEnvironment().getProperty("council-feedback.test.database",
                System.getenv().getOrDefault("CF_TEST_DATABASE", "auto")).toLowerCase(Locale.ROOT);
        // Below a test's own properties, above the application's configuration files.
        var sources = context.getEnvironment().getPropertySources();
        var mailPort = new MapPropertySource("test-mail-port", Map.of("spring.mail.port", TestMailPort.PORT));
        sources.stream().filter(source -> source.getName().startsWith("Config resource")).findFirst()
                .ifPresentOrElse(config -> sources.addBefore(config.getName(), mailPort), () -> sources.addLast(mailPort));
        boolean postgres = switch (mode) {
            case "postgres" -> true;
            case "h2" -> false;
            default -> postgresReachable();
        };
        if (!postgres) {
            return;
        }
        String url = createDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "spring.datasource.hikari.maximum-pool-size", "10",
                // contexts stay cached for the whole run: keep only what each is using open, so that many of them
                // (and other builds on the same server) stay well under PostgreSQL's connection limit
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    /** True when a PostgreSQL server answers on the test host and port. */
    public static boolean postgresReachable() {
        if (reachable == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 300);
                reachable = true;
            } catch (Exception e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /** Creates an empty database for one application context and returns its JDBC URL. */
    public static String createDatabase() {
        long now = System.currentTimeMillis() / 1000;
        String name = "cf_test_" + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection connection = DriverManager.getConnection(adminUrl(), USER, "")) {
            dropStaleDatabases(connection, now);
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a PostgreSQL test database on " + HOST + ":" + PORT
                    + " (set CF_TEST_DATABASE=h2 to use the embedded database): " + e.getMessage(), e);
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    private static volatile boolean cleaned;

    /** Drops test databases left by runs that ended more than two hours ago. */
    private static void dropStaleDatabases(Connection connection, long now) throws SQLException {
        if (cleaned) {
            return;
        }
        cleaned = true;
        var stale = new java.util.ArrayList<String>();
        try (var rs = connection.createStatement().executeQuery(
                "select datname from pg_database where datname like 'cf\\_test\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length == 4 && parts[2].matches("[0-9]+") && now - Long.parseLong(parts[2]) > 7200) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            try {
                connection.createStatement().execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // another run may be dropping it
            }
        }
    }

    static String adminUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    }
}
