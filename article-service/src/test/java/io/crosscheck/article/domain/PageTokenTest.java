package io.crosscheck.article.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTokenTest {
    private static final Instant T = Instant.parse("2025-11-25T00:00:00Z");

    @Test
    void roundTrips() {
        PageToken token = new PageToken(1_764_064_800_123L, "6b014a508f58e1539ded204e", "a1b2c3");

        String encoded = token.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(PageToken.decode(encoded, "a1b2c3", "page_token")).isEqualTo(token);
    }

    @Test
    void roundTripsTimesBeforeTheEpoch() {
        PageToken token = new PageToken(-86_400_000L, "x", "f");
        assertThat(PageToken.decode(token.encode(), "f", "page_token")).isEqualTo(token);
    }

    @Test
    void emptyMeansTheFirstPage() {
        assertThat(PageToken.decode("", "f", "page_token")).isNull();
        assertThat(PageToken.decode(null, "f", "page_token")).isNull();
    }

    @Test
    void malformedTokensAreRefusedNamingTheField() {
        for (String bad : List.of("not base64!", encode("v1|123|id"), encode("v2|123|id|f"), encode("v1|abc|id|f"),
                encode("v1|123||f"), encode("nonsense"), "%%%")) {
            assertThatThrownBy(() -> PageToken.decode(bad, "f", "page_token"))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("page_token");
                        assertThat(e.getMessage()).contains("malformed");
                    });
        }
    }

    @Test
    void tokenOfAnotherQueryIsRefused() {
        String token = new PageToken(1L, "id", "f1").encode();

        assertThatThrownBy(() -> PageToken.decode(token, "f2", "page_token"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("page_token");
                    assertThat(e.getMessage()).contains("different query");
                });
    }

    @Test
    void queryFingerprintIgnoresOrderButNotFilters() {
        ArticleQuery q = new ArticleQuery(Set.of("a", "b"), List.of("X", "Y"), null, null);

        assertThat(new ArticleQuery(Set.of("b", "a"), List.of("Y", "X"), null, null).fingerprint()).isEqualTo(q.fingerprint());
        assertThat(new ArticleQuery(Set.of("a"), List.of("X", "Y"), null, null).fingerprint()).isNotEqualTo(q.fingerprint());
        assertThat(new ArticleQuery(Set.of("a", "b"), List.of("X"), null, null).fingerprint()).isNotEqualTo(q.fingerprint());
        assertThat(new ArticleQuery(Set.of("a", "b"), List.of("X", "Y"), T, null).fingerprint())
                .isNotEqualTo(q.fingerprint());
        assertThat(new ArticleQuery(Set.of("a", "b"), List.of("X", "Y"), null, T).fingerprint())
                .isNotEqualTo(new ArticleQuery(Set.of("a", "b"), List.of("X", "Y"), T, null).fingerprint());
    }

    @Test
    void fingerprintTellsApartDifferentRanges() {
        ArticleQuery q = new ArticleQuery(Set.of(), List.of(), T, T.plusSeconds(86_400));
        ArticleQuery shifted = new ArticleQuery(Set.of(), List.of(), T.plusSeconds(1), T.plusSeconds(86_400 - 31));

        assertThat(shifted.fingerprint()).isNotEqualTo(q.fingerprint());
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
