package org.councilfeedback.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application (the jar {@code mvn package} builds) running as a child process, as in production: started
 * with command-line settings, killed with SIGKILL or stopped with SIGTERM, its output in a log file under
 * {@code target/reliability/}.
 */
final class AppProcess implements AutoCloseable {

    static final Path LOGS = Path.of("target", "reliability");
    /** Quick to start: these tests restart the application many times; throughput is not what they measure. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms256m", "-Xmx512m",
            "-Xshare:auto", "-Dspring.main.banner-mode=off", "-Dspring.jmx.enabled=false");

    private final String name;
    private final List<String> settings;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    AppProcess(String name, int port, List<String> settings) {
        this.name = name;
        this.port = port;
        this.settings = List.copyOf(settings);
    }

    /** The packaged application, when the build has made it. */
    static Optional<Path> jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("council-feedback-.*\\.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * The jar unpacked (Spring Boot's {@code -Djarmode=tools extract}) with a class data sharing archive made by one
     * training start, so that the many restarts of these tests take seconds less each; the packaged jar as it is when
     * that cannot be done.
     */
    private static synchronized List<String> launch() {
        if (launch == null) {
            Path jar = jar().orElseThrow(() -> new IllegalStateException("Package the application first (mvn package)"))
                    .toAbsolutePath();
            launch = List.of("-jar", jar.toString());
            try {
                Path unpacked = LOGS.resolve("app").toAbsolutePath();
                Path archive = unpacked.resolve("application.jsa");
                if (run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                        unpacked.toString())) == 0) {
                    Path unpackedJar = unpacked.resolve(jar.getFileName());
                    List<String> training = new ArrayList<>(List.of(java()));
                    training.addAll(JVM_OPTIONS);
                    training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                            unpackedJar.toString(), "--server.port=0", "--spring.profiles.active=reliability-test",
                            "--spring.datasource.url=jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
                    launch = run(training) == 0 && Files.exists(archive)
                            ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", unpackedJar.toString())
                            : List.of("-jar", unpackedJar.toString());
                }
            } catch (RuntimeException e) {
                // keep the packaged jar
            }
        }
        return launch;
    }

    private static List<String> launch;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int run(List<String> command) {
        try {
            Files.createDirectories(LOGS);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(LOGS.resolve("prepare.log").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
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

    void start() {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_OPTIONS);
        command.addAll(launch());
        command.add("--server.port=" + port);
        command.addAll(settings);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + (++starts) + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; false when the process died or the time ran out. */
    boolean awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                return false;
            }
            if (healthy()) {
                return true;
            }
            sleep(200);
        }
        return false;
    }

    boolean healthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful shutdown, nothing flushed. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM: a graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** The in-test mail server logs a line per new recipient; thousands of them say nothing. */
    static void quietMailServerLogs() {
        if (org.slf4j.LoggerFactory.getLogger("com.icegreen") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
