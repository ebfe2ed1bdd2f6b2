package org.councilfeedback.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the bank holidays at startup: the bundled copy, or a newer one from GOV.UK's address when configured. */
final class BankHolidaysSource {

    private static final Logger log = LoggerFactory.getLogger(BankHolidaysSource.class);

    private BankHolidaysSource() {
    }

    /**
     * The bank holidays to use: {@code bundled} unless {@code refreshUrl} gives a copy that reaches at least as far,
     * in which case that copy (keeping the bundled copy's earlier years). Never fails because of the refresh: a
     * refresh that cannot be read is logged and the bundled copy used.
     */
    static BankHolidays load(BankHolidays bundled, URI refreshUrl, Duration timeout) {
        if (refreshUrl == null) {
            return bundled;
        }
        try {
            BankHolidays fetched = read(refreshUrl, timeout);
            if (fetched.lastDate().isBefore(bundled.lastDate())) {
                log.warn("Bank holidays from {} end on {}, before the bundled copy ({}); using the bundled copy",
                        refreshUrl, fetched.lastDate(), bundled.lastDate());
                return bundled;
            }
            BankHolidays refreshed = fetched.withEarlierYearsFrom(bundled);
            log.info("Bank holidays refreshed from {}: {}", refreshUrl, refreshed);
            return refreshed;
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Could not refresh bank holidays from {} ({}); using the bundled copy, which runs to {}",
                    refreshUrl, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    bundled.lastDate());
            return bundled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while refreshing bank holidays from {}; using the bundled copy", refreshUrl);
            return bundled;
        }
    }

    /**
     * Warns operators when the bank holidays run out within the next 12 months of {@code today}, so that they refresh
     * them before deadlines start to skip real bank holidays.
     *
     * @return whether it warned
     */
    static boolean warnIfEndingSoon(BankHolidays holidays, LocalDate today) {
        if (!holidays.coveredUntil().isBefore(today.plusMonths(12))) {
            return false;
        }
        log.warn("England and Wales bank holidays are only known until {}: working days after that count weekends "
                + "and closure days only. Update the bundled copy from {}, or set "
                + "council-feedback.timescales.bank-holidays.refresh-url to read it at startup.",
                holidays.coveredUntil(), BankHolidays.GOV_UK_URL);
        return true;
    }

    private static BankHolidays read(URI url, Duration timeout) throws IOException, InterruptedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file" -> {
                try (InputStream in = Files.newInputStream(Path.of(url))) {
                    return BankHolidays.fromGovUkJson(in);
                }
            }
            case "http", "https" -> {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
                HttpRequest request = HttpRequest.newBuilder(url)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .GET()
                        .build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP status " + response.statusCode());
                    }
                    return BankHolidays.fromGovUkJson(in);
                }
            }
            default -> throw new IllegalArgumentException("Unsupported address (use https: or file:): " + url);
        }
    }
}
