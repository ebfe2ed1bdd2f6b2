package org.councilfeedback.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complainant's private link to follow their complaint: 256 random bits, URL-safe, shown only in the message that
 * carries it and stored only as its SHA-256, with an expiry.
 */
@Service
public class TrackingLinks {

    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final int months;
    private final String baseUrl;

    TrackingLinks(JdbcClient jdbc, Clock clock, CouncilProfile profile, ComplaintsSettings settings,
            @Value("${council-feedback.public-base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = profile.timeZone();
        this.months = settings.trackingLinkMonths();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A link as issued: the token (never stored), its address and when it stops working. */
    public record Link(String token, String url, Instant expiresAt, LocalDate expiresOn) {}

    /** Issues a new link to the complaint and returns its token. */
    @Transactional
    public String issue(String reference) {
        return issueLink(reference).token();
    }

    @Transactional
    public Link issueLink(String reference) {
        long feedbackId = jdbc.sql("select feedback_id from complaint_case where reference = :r").param("r", reference)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No complaint case " + reference));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        var expires = now.atZone(zone).plusMonths(months);
        jdbc.sql("insert into tracking_link (feedback_id, token_hash, issued_at, expires_at) values (:id, :hash, :at, :expires)")
                .param("id", feedbackId).param("hash", hash(token)).param("at", now.atOffset(ZoneOffset.UTC))
                .param("expires", expires.toInstant().atOffset(ZoneOffset.UTC)).update();
        return new Link(token, url(token), expires.toInstant(), expires.toLocalDate());
    }

    public String url(String token) {
        return baseUrl + "/track/" + token;
    }

    /** The complaint a live token belongs to; empty for anything else, expired or not, without saying which. */
    public Optional<String> referenceFor(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select c.reference from tracking_link t join complaint_case c on c.feedback_id = t.feedback_id
                where t.token_hash = :hash and t.expires_at > :now""")
                .param("hash", hash(token)).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(String.class).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
