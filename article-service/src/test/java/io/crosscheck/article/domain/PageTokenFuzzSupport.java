package io.crosscheck.article.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds page tokens in the encoded form without the range checks of PageToken, for the fuzz and hostile tests. */
public final class PageTokenFuzzSupport {
    private PageTokenFuzzSupport() {
    }

    /** A token in the v1 layout with any millis, id and fingerprint. */
    public static String raw(long millis, String id, String fingerprint) {
        String raw = "v1|" + millis + "|" + id + "|" + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
