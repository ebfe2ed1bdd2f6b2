package org.councilfeedback.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Online submissions from several clients, each one unique (its own email address) and each response recorded: the
 * status and reference of a 201, the status of any other answer, or that no answer came (the connection failed).
 */
final class SubmissionLoad implements AutoCloseable {

    /** What happened to one submission. {@code status} is 0 when no answer came. */
    record Outcome(long number, String email, int status, String reference, String retryAfter, long answeredAt) {

        boolean created() {
            return status == 201;
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    private final String run;
    private final Supplier<List<String>> baseUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicLong numbers = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();

    /** {@code baseUrls} are tried in turn (several nodes behind a load balancer), one per request. */
    SubmissionLoad(String run, int clientCount, Supplier<List<String>> baseUrls) {
        this.run = run;
        this.baseUrls = baseUrls;
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(this::submitUntilStopped, run + "-client-" + i);
            client.setDaemon(true);
            clients.add(client);
        }
    }

    SubmissionLoad start() {
        clients.forEach(Thread::start);
        return this;
    }

    static String emailFor(String run, long number) {
        return run + "-" + number + "@example.org";
    }

    private void submitUntilStopped() {
        while (running.get()) {
            long number = numbers.incrementAndGet();
            String email = emailFor(run, number);
            List<String> urls = baseUrls.get();
            String base = urls.get((int) (number % urls.size()));
            String body = """
                    {"type": "COMPLAINT", "serviceArea": "highways",
                     "description": "Reliability test %s submission %d: the streetlight outside %d Mill Road is out.",
                     "contact": {"name": "Test Person %d", "email": "%s"}}""".formatted(run, number, number % 200, number, email);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String reference = null;
                if (response.statusCode() == 201) {
                    Matcher matcher = REFERENCE.matcher(response.body());
                    reference = matcher.find() ? matcher.group(1) : null;
                }
                outcomes.add(new Outcome(number, email, response.statusCode(), reference,
                        response.headers().firstValue("Retry-After").orElse(null), System.nanoTime()));
                if (response.statusCode() >= 500) {
                    AppProcess.sleep(50);
                }
            } catch (IOException e) {
                outcomes.add(new Outcome(number, email, 0, null, null, System.nanoTime()));
                AppProcess.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    long created() {
        return outcomes.stream().filter(Outcome::created).count();
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread client : clients) {
            try {
                client.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
