package io.crosscheck.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The gateway's API keys, known only by their SHA-256 hashes (so that the configuration, a Kubernetes Secret in
 * production, never holds a usable key). With no hash configured no key is needed: the local default. Plain Java,
 * shared by the REST filter and the gRPC interceptor: both hand it what the client sent and get a yes or no.
 *
 * <p>A presented key is hashed and its digest compared with every configured digest in constant time
 * ({@link MessageDigest#isEqual}), all of them every time, so neither a key's bytes nor which configured key matched
 * shows in the time an answer takes.
 */
public final class ApiKeys {
    /** The header that carries a key on its own; the other way is {@code Authorization: Bearer <key>}. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** What a refusal says, the same whether the key was missing, malformed or unknown. */
    public static final String REFUSAL = "a valid API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'";
    /** Longer than any key worth sending, short enough that hashing it costs nothing. */
    static final int MAX_KEY_CHARS = 512;

    private static final String BEARER = "bearer ";

    private final List<byte[]> hashes;

    private ApiKeys(List<byte[]> hashes) {
        this.hashes = hashes;
    }

    /**
     * @param hexHashes SHA-256 digests of the accepted keys, 64 hex digits each (case and surrounding blanks ignored);
     *     empty for no key at all
     * @throws IllegalArgumentException naming the entry (by position, never by value) that is not such a digest
     */
    public static ApiKeys of(List<String> hexHashes) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < hexHashes.size(); i++) {
            String hex = hexHashes.get(i) == null ? "" : hexHashes.get(i).strip().toLowerCase(Locale.ROOT);
            if (hex.isEmpty()) {
                continue;
            }
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("crosscheck.gateway.api-key-hashes entry " + (i + 1) + " is not a SHA-256 "
                        + "digest (64 hex digits): configure the hash of a key (sha256sum), never the key itself");
            }
            hashes.add(HexFormat.of().parseHex(hex));
        }
        return new ApiKeys(List.copyOf(hashes));
    }

    /** No key configured: every request passes. */
    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /** Whether requests need a key at all. */
    public boolean required() {
        return !hashes.isEmpty();
    }

    /**
     * Whether a request with these headers may pass: always when no key is configured, otherwise when the key it
     * carries (X-API-Key, or else a Bearer token) is one of the configured ones.
     *
     * @param authorization the Authorization header, or null
     * @param apiKey the X-API-Key header, or null
     */
    public boolean permits(String authorization, String apiKey) {
        if (!required()) {
            return true;
        }
        String key = presentedKey(authorization, apiKey);
        return key != null && matches(key);
    }

    /** The key a request carries: X-API-Key when present, else the token of {@code Authorization: Bearer}; or null. */
    static String presentedKey(String authorization, String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    private boolean matches(String key) {
        if (key.length() > MAX_KEY_CHARS) {
            return false;
        }
        byte[] digest = sha256(key);
        boolean found = false;
        for (byte[] hash : hashes) {
            // No early exit: every configured hash is compared, whichever matches.
            found |= MessageDigest.isEqual(hash, digest);
        }
        return found;
    }

    /** The hex SHA-256 of a key's UTF-8 bytes: what to configure for it. */
    public static String hashOf(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
