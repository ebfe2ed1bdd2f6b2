package org.councilfeedback.timescales;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bank holidays come from. By default the copy of GOV.UK's {@code bank-holidays.json} bundled with the
 * application; with {@code refresh-url} set (for example to {@value BankHolidays#GOV_UK_URL}, or a {@code file:}
 * address of a downloaded copy) they are read from there at startup, falling back to the bundled copy when that
 * fails.
 *
 * @param refreshUrl where to read a newer copy at startup; none by default
 * @param timeout how long to wait for it
 */
@ConfigurationProperties("council-feedback.timescales.bank-holidays")
record BankHolidaysProperties(URI refreshUrl, @DefaultValue("10s") Duration timeout) {
}
