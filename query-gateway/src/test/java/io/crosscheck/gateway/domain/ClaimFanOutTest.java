package io.crosscheck.gateway.domain;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out without Quarkus: what it serves and what it calls missing while extraction fails. */
class ClaimFanOutTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A backend's failure as the client layer would throw it: which backend, and whether it said "not found". */
    private static final class Failure extends RuntimeException {
        final String backend;
        final boolean notFound;

        Failure(String backend, boolean notFound) {
            super(backend + (notFound ? " has no such article" : " is unreachable"));
            this.backend = backend;
            this.notFound = notFound;
        }
    }

    /** The store holds claims by (article, version) in the order they were stored; extraction may be down. */
    private static final class Store implements ClaimSources {
        final Map<String, Map<String, ClaimSet>> claims = new HashMap<>();
        String currentVersion;
        boolean extractionDown;
        int extractions;

        void put(String id, String version) {
            claims.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>())
                    .put(version, ClaimSet.newBuilder().setExtractorVersion(version).build());
        }

        @Override
        public List<Article> search(String keywords, List<String> outlets, Instant from, Instant to, int limit) {
            throw new AssertionError("not searched here");
        }

        @Override
        public Article article(String id) {
            return Article.newBuilder().setId(id).build();
        }

        @Override
        public Article fullArticle(String id) {
            if (id.startsWith("deleted")) {
                throw new Failure("store", true);
            }
            return Article.newBuilder().setId(id).setCleanedText("text of " + id).build();
        }

        @Override
        public String extractorVersion() {
            if (currentVersion == null) {
                throw new Failure("extraction", false);
            }
            return currentVersion;
        }

        @Override
        public Map<String, ClaimSet> storedClaims(Collection<String> ids, String version) {
            Map<String, ClaimSet> out = new HashMap<>();
            ids.forEach(id -> {
                ClaimSet set = claims.getOrDefault(id, Map.of()).get(version);
                if (set != null) {
                    out.put(id, set);
                }
            });
            return out;
        }

        @Override
        public Map<String, ClaimSet> newestStoredClaims(Collection<String> ids) {
            Map<String, ClaimSet> out = new HashMap<>();
            ids.forEach(id -> claims.getOrDefault(id, Map.of()).values().stream().reduce((a, b) -> b)
                    .ifPresent(set -> out.put(id, set)));
            return out;
        }

        @Override
        public ClaimSet extract(Article article) {
            extractions++;
            if (extractionDown) {
                throw new Failure("extraction", false);
            }
            return ClaimSet.newBuilder().setExtractorVersion(currentVersion).build();
        }

        @Override
        public void store(String articleId, ClaimSet set) {
            put(articleId, set.getExtractorVersion());
        }
    }

    private ClaimFanOut fanOut(Store store) {
        return new ClaimFanOut(store, pool, Throwable::getMessage, e -> {
            Failure f = (Failure) e;
            return f.notFound ? MissingArticle.Cause.ARTICLE_NOT_FOUND
                    : f.backend.equals("extraction") ? MissingArticle.Cause.CLAIMS_NOT_STORED
                    : MissingArticle.Cause.ARTICLE_STORE_UNAVAILABLE;
        });
    }

    private static List<Article> articles(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Article.newBuilder().setId(id).setOutlet("outlet " + id).build()).toList();
    }

    @Test
    void versionUnknownServesTheNewestStoredClaimsAndListsOnlyTheOthers() {
        Store store = new Store();
        store.put("a", "v1");
        store.put("b", "v1");
        store.put("b", "v2");

        FanOutResult result = fanOut(store).cover(articles("a", "none", "b"));

        assertThat(result.articles()).extracting(a -> a.article().getId(), a -> a.claims().getExtractorVersion())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "v1"), org.assertj.core.groups.Tuple.tuple("b", "v2"));
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.possiblyStale()).isTrue());
        assertThat(result.possiblyStale()).extracting(PossiblyStale::extractorVersion).containsExactly("v1", "v2");
        assertThat(result.possiblyStale().get(0).reason()).contains("version v1", "unknown", "extraction is unreachable");
        assertThat(result.missing()).singleElement().satisfies(m -> {
            assertThat(m.articleId()).isEqualTo("none");
            assertThat(m.outlet()).isEqualTo("outlet none");
            assertThat(m.cause()).isEqualTo(MissingArticle.Cause.CLAIMS_NOT_STORED);
            assertThat(m.reason()).startsWith("claims not stored; ").contains("extraction is unreachable");
        });
        assertThat(store.extractions).isZero();
    }

    @Test
    void versionKnownServesCurrentClaimsAndAnOlderSetWhenExtractionFails() {
        Store store = new Store();
        store.currentVersion = "v2";
        store.extractionDown = true;
        store.put("current", "v2");
        store.put("old", "v1");

        FanOutResult result = fanOut(store).cover(articles("current", "old", "none", "deleted-1"));

        assertThat(result.articles()).extracting(a -> a.article().getId()).containsExactly("current", "old");
        assertThat(result.articles().get(0).possiblyStale()).isFalse();
        assertThat(result.articles().get(1).staleReason()).contains("version v1", "current v2", "extraction is unreachable");
        assertThat(result.missing()).extracting(MissingArticle::articleId, MissingArticle::cause).containsExactly(
                org.assertj.core.groups.Tuple.tuple("none", MissingArticle.Cause.CLAIMS_NOT_STORED),
                org.assertj.core.groups.Tuple.tuple("deleted-1", MissingArticle.Cause.ARTICLE_NOT_FOUND));
        assertThat(result.missing().get(0).reason()).startsWith("claims not stored; ");
        assertThat(result.missing().get(1).reason()).startsWith("article not found");
    }

    @Test
    void extractionBackExtractsAndStoresWhatIsMissing() {
        Store store = new Store();
        store.currentVersion = "v2";
        store.put("old", "v1");

        FanOutResult result = fanOut(store).cover(articles("old"));

        assertThat(result.missing()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.extractedNow()).isTrue();
            assertThat(a.possiblyStale()).isFalse();
            assertThat(a.claims().getExtractorVersion()).isEqualTo("v2");
        });
    }
}
