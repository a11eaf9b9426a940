package io.crosscheck.gateway.compare;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.crosscheck.gateway.domain.MissingArticle;
import io.crosscheck.gateway.domain.ClaimSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The comparison across (fake) backends: search or ids, cached digests, texts read once, failures reported. */
class CoverageServiceTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** The fictional story as a store: articles with texts, their claims stored; counts the text reads. */
    private static final class Store implements ClaimSources {
        final Map<String, CoverageArticle> articles = new HashMap<>();
        final AtomicInteger textReads = new AtomicInteger();
        final AtomicInteger claimReads = new AtomicInteger();
        final Set<String> unreadable = ConcurrentHashMap.newKeySet();

        Store(CoverageArticle... stories) {
            for (CoverageArticle a : stories) {
                articles.put(a.id(), a);
            }
        }

        private Article basic(CoverageArticle a) {
            return Article.newBuilder().setId(a.id()).setOutlet(a.outlet()).setUrl(a.url()).setContentHash(a.contentHash())
                    .setPublishedTime(Timestamps.of(a.published())).build();
        }

        @Override
        public List<Article> search(String keywords, List<String> outlets, Instant from, Instant to, int limit) {
            return articles.values().stream().sorted((x, y) -> x.id().compareTo(y.id())).map(this::basic).limit(limit).toList();
        }

        @Override
        public Article article(String id) {
            CoverageArticle a = articles.get(id);
            if (a == null) {
                throw new NoSuchArticle();
            }
            return basic(a);
        }

        @Override
        public Article fullArticle(String id) {
            CoverageArticle a = articles.get(id);
            if (a == null) {
                throw new NoSuchArticle();
            }
            if (unreadable.contains(id)) {
                throw new IllegalStateException("the store timed out reading " + id);
            }
            textReads.incrementAndGet();
            return basic(a).toBuilder().setCleanedText(a.text()).build();
        }

        @Override
        public String extractorVersion() {
            return "test-1";
        }

        @Override
        public Map<String, ClaimSet> storedClaims(Collection<String> articleIds, String version) {
            claimReads.incrementAndGet();
            Map<String, ClaimSet> out = new HashMap<>();
            articleIds.forEach(id -> out.put(id, articles.get(id).claims()));
            return out;
        }

        @Override
        public Map<String, ClaimSet> newestStoredClaims(Collection<String> articleIds) {
            return storedClaims(articleIds, "test-1");
        }

        @Override
        public ClaimSet extract(Article article) {
            throw new AssertionError("every article has stored claims");
        }

        @Override
        public void store(String articleId, ClaimSet claims) {
            throw new AssertionError("nothing is extracted");
        }
    }

    private static final class NoSuchArticle extends RuntimeException {
    }

    private CoverageService service(Store store) {
        return new CoverageService(store, new ClaimFanOut(store, pool, Throwable::getMessage, e -> MissingArticle.Cause.INTERNAL),
                new DigestCache(100), new LruCache<>(10), pool, new CoverageComparer(CompareSettings.defaults()),
                Throwable::getMessage, e -> MissingArticle.Cause.INTERNAL, e -> e instanceof NoSuchArticle);
    }

    private static Store story() {
        return new Store(TerminalFireStory.courier(), TerminalFireStory.gazette(), TerminalFireStory.tribune(),
                TerminalFireStory.ledger());
    }

    @Test
    void aSearchComparesWhatItFinds() {
        CoverageService.Outcome out = service(story()).compare(new CompareRequest("", List.of(), null, null, List.of(), 50));
        assertThat(out.missing()).isEmpty();
        assertThat(out.comparison().articles()).hasSize(4);
        assertThat(out.comparison().rewriteGroups()).hasSize(1);
        assertThat(out.comparison().conflicts()).isNotEmpty();
    }

    @Test
    void textsAreReadOnceAndDigestsReused() {
        Store store = story();
        CoverageService service = service(store);
        CompareRequest all = new CompareRequest("", List.of(), null, null, List.of(), 50);
        Comparison first = service.compare(all).comparison();
        assertThat(store.textReads.get()).isEqualTo(4);
        Comparison second = service.compare(all).comparison();
        assertThat(store.textReads.get()).isEqualTo(4);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aQuestionAskedAgainOverUnchangedArticlesIsAnsweredWithoutReadingClaims() {
        Store store = story();
        CoverageService service = service(store);
        CompareRequest all = new CompareRequest("", List.of(), null, null, List.of(), 50);
        Comparison first = service.compare(all).comparison();
        assertThat(store.claimReads.get()).isEqualTo(1);
        assertThat(service.compare(all).comparison()).isSameAs(first);
        assertThat(store.claimReads.get()).isEqualTo(1);

        // Another text under one of the ids is another question: compared afresh.
        CoverageArticle courier = TerminalFireStory.courier();
        store.articles.put(courier.id(), new CoverageArticle(courier.id(), courier.outlet(), courier.title(), courier.url(),
                courier.published(), courier.contentHash() + "-edited", courier.text(), courier.claims()));
        assertThat(service.compare(all).comparison()).isNotSameAs(first);
        assertThat(store.claimReads.get()).isEqualTo(2);
    }

    @Test
    void anotherQuestionOverDigestedArticlesReadsNoClaims() {
        Store store = story();
        CoverageService service = service(store);
        service.compare(new CompareRequest("", List.of(), null, null, List.of(), 50));
        assertThat(store.claimReads.get()).isEqualTo(1);
        // Two of the four, a question not asked before: both digests are cached, so no claims are read.
        CoverageService.Outcome two = service.compare(new CompareRequest("", List.of(), null, null,
                List.of("tribune-1", "ledger-1"), 2));
        assertThat(two.comparison().articles()).extracting(Comparison.ArticleSummary::id)
                .containsExactly("tribune-1", "ledger-1");
        assertThat(store.claimReads.get()).isEqualTo(1);
    }

    @Test
    void idsCompareExactlyThoseArticles() {
        CoverageService.Outcome out = service(story()).compare(
                new CompareRequest("", List.of(), null, null, List.of("tribune-1", "ledger-1"), 2));
        assertThat(out.comparison().articles()).extracting(Comparison.ArticleSummary::id).containsExactly("tribune-1", "ledger-1");
    }

    @Test
    void idsReadEachTextOnceAcrossRequests() {
        Store store = story();
        CoverageService service = service(store);
        CompareRequest two = new CompareRequest("", List.of(), null, null, List.of("tribune-1", "ledger-1"), 2);
        service.compare(two);
        assertThat(store.textReads.get()).isEqualTo(2);
        service.compare(two);
        assertThat(store.textReads.get()).isEqualTo(2);
    }

    @Test
    void unknownIdsAreAllNamed() {
        assertThatThrownBy(() -> service(story()).compare(
                new CompareRequest("", List.of(), null, null, List.of("tribune-1", "nope-1", "nope-2"), 3)))
                .isInstanceOf(UnknownArticlesException.class)
                .satisfies(e -> assertThat(((UnknownArticlesException) e).ids()).containsExactly("nope-1", "nope-2"));
    }

    @Test
    void anArticleWhoseTextCannotBeReadIsMissingWithTheReason() {
        Store store = story();
        store.unreadable.add("ledger-1");
        CoverageService.Outcome out = service(store).compare(new CompareRequest("", List.of(), null, null, List.of(), 50));
        assertThat(out.comparison().articles()).hasSize(3);
        assertThat(out.missing()).singleElement().satisfies(m -> {
            assertThat(m.articleId()).isEqualTo("ledger-1");
            assertThat(m.reason()).contains("timed out");
        });
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsed() {
        DigestCache cache = new DigestCache(2);
        ArticleDigest d = ArticleDigester.digest(TerminalFireStory.tribune());
        cache.put("a", d);
        cache.put("b", d);
        assertThat(cache.get("a")).isSameAs(d);
        cache.put("c", d);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(d);
        assertThat(cache.size()).isEqualTo(2);
    }
}
