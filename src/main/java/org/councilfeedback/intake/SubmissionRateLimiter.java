package org.councilfeedback.intake;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits public submissions per client address (spam protection on our own server). Each node keeps its own
 * buckets; behind a load balancer the effective limit is the per-node limit times the number of nodes.
 */
@Component
public class SubmissionRateLimiter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;
    private final long burst;

    SubmissionRateLimiter(@Value("${council-feedback.intake.rate-limit.per-minute:20}") long perMinute,
            @Value("${council-feedback.intake.rate-limit.burst:20}") long burst) {
        this.perMinute = perMinute;
        this.burst = burst;
    }

    /** Empty when the submission may go ahead, otherwise how long to wait. */
    public java.util.Optional<Duration> tryAcquire(String clientAddress) {
        Bucket bucket = buckets.computeIfAbsent(clientAddress == null ? "unknown" : clientAddress, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdleClients() {
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= burst);
    }
}
