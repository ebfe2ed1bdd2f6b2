package org.councilfeedback.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshing the bank holidays at startup from GOV.UK's address, and falling back to the bundled copy. */
class BankHolidaysSourceTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final LocalDate NEW_YEAR_2028 = LocalDate.of(2028, 1, 3);

    private final BankHolidays bundled = BankHolidays.bundled();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void usesTheBundledCopyWhenNoRefreshIsConfigured() {
        assertThat(BankHolidaysSource.load(bundled, null, TIMEOUT)).isSameAs(bundled);
    }

    @Test
    void refreshesFromAnHttpAddressServingGovUksFormat() throws IOException {
        URI url = serve(200, sampleJson(), Duration.ZERO);

        BankHolidays refreshed = BankHolidaysSource.load(bundled, url, TIMEOUT);

        assertThat(refreshed.isBankHoliday(NEW_YEAR_2028)).isTrue();
        assertThat(refreshed.isBankHoliday(LocalDate.of(2019, 1, 1))).as("bundled earlier years kept").isTrue();
        assertThat(refreshed.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void refreshesFromADownloadedFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bank-holidays.json");
        Files.write(file, sampleJson());

        BankHolidays refreshed = BankHolidaysSource.load(bundled, file.toUri(), TIMEOUT);

        assertThat(refreshed.isBankHoliday(NEW_YEAR_2028)).isTrue();
    }

    @Test
    void keepsTheBundledCopyWhenTheAddressAnswersWithAnError() throws IOException {
        URI url = serve(503, "Service Unavailable".getBytes(StandardCharsets.UTF_8), Duration.ZERO);

        assertThat(BankHolidaysSource.load(bundled, url, TIMEOUT)).isSameAs(bundled);
    }

    @Test
    void keepsTheBundledCopyWhenTheAddressServesSomethingElse() throws IOException {
        URI url = serve(200, "<html>Bank holidays</html>".getBytes(StandardCharsets.UTF_8), Duration.ZERO);

        assertThat(BankHolidaysSource.load(bundled, url, TIMEOUT)).isSameAs(bundled);
    }

    @Test
    void keepsTheBundledCopyWhenTheAddressIsTooSlow() throws IOException {
        URI url = serve(200, sampleJson(), Duration.ofMillis(1500));

        long started = System.nanoTime();
        BankHolidays holidays = BankHolidaysSource.load(bundled, url, Duration.ofMillis(300));

        assertThat(holidays).isSameAs(bundled);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void keepsTheBundledCopyWhenNothingListens() throws IOException {
        URI url = serve(200, sampleJson(), Duration.ZERO);
        server.stop(0);
        server = null;

        assertThat(BankHolidaysSource.load(bundled, url, TIMEOUT)).isSameAs(bundled);
    }

    @Test
    void keepsTheBundledCopyWhenTheDownloadIsOlder() throws IOException {
        String older = "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-12-25\"}, {\"date\": \"2026-12-28\"}]}}";
        URI url = serve(200, older.getBytes(StandardCharsets.UTF_8), Duration.ZERO);

        assertThat(BankHolidaysSource.load(bundled, url, TIMEOUT)).isSameAs(bundled);
    }

    @Test
    void keepsTheBundledCopyForAnAddressItCannotRead(@TempDir Path folder) {
        assertThat(BankHolidaysSource.load(bundled, URI.create("ftp://example.org/bank-holidays.json"), TIMEOUT))
                .isSameAs(bundled);
        assertThat(BankHolidaysSource.load(bundled, folder.resolve("missing.json").toUri(), TIMEOUT))
                .isSameAs(bundled);
    }

    @Test
    void warnsWhenTheBankHolidaysRunOutWithinTwelveMonths() {
        assertThat(BankHolidaysSource.warnIfEndingSoon(bundled, LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(BankHolidaysSource.warnIfEndingSoon(bundled, LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(BankHolidaysSource.warnIfEndingSoon(bundled, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(BankHolidaysSource.warnIfEndingSoon(bundled, LocalDate.of(2028, 6, 1))).isTrue();
    }

    private URI serve(int status, byte[] body, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bank-holidays.json", exchange -> {
            try {
                Thread.sleep(delay.toMillis());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up waiting
            } finally {
                exchange.close();
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bank-holidays.json");
    }

    private static byte[] sampleJson() throws IOException {
        try (InputStream in = BankHolidaysSourceTests.class.getResourceAsStream(BankHolidaysTests.SAMPLE)) {
            return in.readAllBytes();
        }
    }
}
