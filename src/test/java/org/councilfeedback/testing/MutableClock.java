package org.councilfeedback.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests can set and move, in the council's time zone. */
public final class MutableClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Sets the clock to a UK local date and time such as {@code 2026-12-21T10:00}. */
    public void setLocal(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return Clock.fixed(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
