package org.councilfeedback.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of this test's own (the machine's PostgreSQL binaries, a new data folder, its own
 * port), so that restarting it disturbs no other test or session using the machine's shared server. It runs as the
 * {@code postgres} system user, so it needs root; {@link #create()} says why it cannot when it cannot.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** Why a private server cannot be made here, or null when it can. */
    static String unavailableReason() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "restarting PostgreSQL needs root (to run it as the postgres user); running as " + System.getProperty("user.name");
        }
        if (binaries().isEmpty()) {
            return "no PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin";
        }
        if (run(List.of("id", "postgres")) != 0) {
            return "there is no postgres system user";
        }
        return null;
    }

    private static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Initialises and starts a new server on a free port. */
    static PrivatePostgres create() throws IOException {
        Path bin = binaries().orElseThrow();
        Path data = Files.createTempDirectory("cf-private-pg-");
        require(run(List.of("chown", "postgres", data.toString())), "chown");
        PrivatePostgres postgres = new PrivatePostgres(bin, data.resolve("cluster"), AppProcess.freePort());
        require(run(List.of("runuser", "-u", "postgres", "--", bin.resolve("initdb").toString(), "-D",
                postgres.data.toString(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")), "initdb");
        postgres.start();
        return postgres;
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "")) {
            c.createStatement().execute("create database " + name);
        }
    }

    void start() {
        require(pgCtl("start", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data
                + " -c fsync=on"), "pg_ctl start");
    }

    /** As {@code pg_ctlcluster … restart} does: a fast shutdown (sessions are ended), then a start. */
    void restart() {
        require(pgCtl("restart", "-m", "fast", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                + data + " -c fsync=on"), "pg_ctl restart");
    }

    private int pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(),
                action, "-D", data.toString(), "-w", "-t", "60", "-l", data.getParent().resolve("postgres.log").toString()));
        command.addAll(List.of(options));
        return run(command);
    }

    @Override
    public void close() {
        pgCtl("stop", "-m", "immediate");
        run(List.of("rm", "-rf", data.getParent().toString()));
    }

    private static void require(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exit);
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
