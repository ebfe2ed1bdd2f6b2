package org.councilfeedback.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.councilfeedback.complaints.TrackingLinks;
import org.councilfeedback.complaints.TrackingRateLimiter;
import org.springframework.stereotype.Component;

/** Finds the complaint behind a tracking token for the public page and API, rate-limited per client address. */
@Component
class TrackedComplaint {

    private final TrackingLinks links;
    private final TrackingRateLimiter rateLimiter;

    TrackedComplaint(TrackingLinks links, TrackingRateLimiter rateLimiter) {
        this.links = links;
        this.rateLimiter = rateLimiter;
    }

    /** The result of a lookup: too many requests, nothing (which looks the same for every reason), or the reference. */
    record Lookup(Duration retryAfter, String reference) {
        boolean limited() {
            return retryAfter != null;
        }

        Optional<String> found() {
            return Optional.ofNullable(reference);
        }
    }

    Lookup find(String token, HttpServletRequest request) {
        Optional<Duration> wait = rateLimiter.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return new Lookup(wait.get(), null);
        }
        return new Lookup(null, links.referenceFor(token).orElse(null));
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
