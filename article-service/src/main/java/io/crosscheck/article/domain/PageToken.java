package io.crosscheck.article.domain;

import io.crosscheck.grpc.TimestampRange;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque AIP-158 page token: where the previous page ended in the (sort time desc, id desc) order,
 * and a fingerprint of the query it belongs to, so that a token replayed against another query is
 * refused instead of silently skipping results.
 */
public record PageToken(long sortTimeMillis, String lastId, String queryFingerprint) {
    private static final String VERSION = "v1";
    /** Article ids are shorter (ArticleCatalog refuses longer ones). */
    private static final int MAX_ID_CHARS = 64;

    public String encode() {
        String raw = VERSION + "|" + sortTimeMillis + "|" + lastId + "|" + queryFingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param token a token from an earlier answer, or empty for the first page
     * @param expectedFingerprint the fingerprint of the query the caller is asking now
     * @return null for the first page
     * @throws InvalidInputException when the token is not one of ours or belongs to another query
     */
    public static PageToken decode(String token, String expectedFingerprint, String field) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "page_token is malformed: pass the next_page_token of an earlier answer");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
            throw new InvalidInputException(field, "page_token is malformed: pass the next_page_token of an earlier answer");
        }
        long millis;
        try {
            millis = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "page_token is malformed: pass the next_page_token of an earlier answer");
        }
        if (millis < TimestampRange.MIN.toEpochMilli() || millis > TimestampRange.MAX.toEpochMilli()
                || parts[2].length() > MAX_ID_CHARS) {
            throw new InvalidInputException(field, "page_token is malformed: pass the next_page_token of an earlier answer");
        }
        if (!parts[3].equals(expectedFingerprint)) {
            throw new InvalidInputException(field,
                    "page_token belongs to a different query: keep every filter the same while paging");
        }
        return new PageToken(millis, parts[2], parts[3]);
    }
}
