package org.councilfeedback.complaints;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits tracking-link lookups per client address, so that tokens cannot be guessed by brute force (they are 256 bits
 * anyway) and the public pages cannot be used to load the database. Each node keeps its own buckets.
 */
@Component
public class TrackingRateLimiter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;
    private final long burst;

    TrackingRateLimiter(@Value("${council-feedback.complaints.tracking.rate-limit.per-minute:30}") long perMinute,
            @Value("${council-feedback.complaints.tracking.rate-limit.burst:30}") long burst) {
        this.perMinute = perMinute;
        this.burst = burst;
    }

    /** Empty when the lookup may go ahead, otherwise how long to wait. */
    public Optional<Duration> tryAcquire(String clientAddress) {
        Bucket bucket = buckets.computeIfAbsent(clientAddress == null ? "unknown" : clientAddress, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdleClients() {
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= burst);
    }
}
