package org.councilfeedback.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: long random secrets shown once, stored only as SHA-256, so checking one costs a hash and an
 * indexed lookup rather than a deliberately slow password hash.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cf_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record TokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** Issues a token and returns its secret, which is never shown again. */
    @Transactional
    public String issue(String username, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (username, name, token_hash, created_at) values (:u, :n, :h, :at)")
                .param("u", username).param("n", name).param("h", hash(secret))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        return secret;
    }

    @Transactional
    public boolean revoke(String username, long id) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and username = :u and revoked_at is null")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("id", id).param("u", username).update() == 1;
    }

    public List<TokenSummary> of(String username) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where username = :u order by created_at desc")
                .param("u", username)
                .query((rs, n) -> new TokenSummary(rs.getLong(1), rs.getString(2), ts(rs.getTimestamp(3)),
                        ts(rs.getTimestamp(4)), ts(rs.getTimestamp(5))))
                .list();
    }

    /** The username a live token belongs to. */
    Optional<String> usernameFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select t.username from api_token t join staff_account a on a.username = t.username
                where t.token_hash = :h and t.revoked_at is null and a.enabled = true""")
                .param("h", hash(secret)).query(String.class).optional();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant ts(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
