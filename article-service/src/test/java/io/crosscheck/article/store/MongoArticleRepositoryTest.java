package io.crosscheck.article.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ConcurrentChangeException;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.ArticleRepository;
import io.crosscheck.article.domain.CreateOutcome;
import io.crosscheck.article.domain.PageToken;
import io.crosscheck.article.domain.PreparedArticle;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.article.domain.TextFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The article repository's write path against the in-memory MongoDB-wire server: the unique indexes
 * refuse a second copy, and ingest that loses a race to a concurrent writer answers with the winner.
 */
class MongoArticleRepositoryTest {
    private static final ArticleLimits LIMITS = new ArticleLimits(1_000_000, 1000, 1000, 50);
    private static MongoServer server;
    private static MongoStore store;
    private static MongoArticleRepository repository;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        store = new MongoStore(TestMongoConfig.connectTo("mongodb://127.0.0.1:" + address.getPort(), "repository_test"));
        repository = new MongoArticleRepository(store);
    }

    @AfterAll
    static void stop() {
        store.close();
        server.shutdownNow();
    }

    @Test
    void insertAllStoresTheNewAndReportsTheRefusedAsNull() {
        String marker = unique();
        StoredArticle first = repository.insertAll(List.of(prepared(marker, "https://a.example/" + marker))).get(0);
        assertThat(first).isNotNull();

        List<StoredArticle> results = repository.insertAll(List.of(
                prepared(marker, "https://b.example/" + marker),                   // same text
                prepared(marker + " new", "https://c.example/" + marker),           // new
                prepared(marker + " other", "https://a.example/" + marker)));       // same URL

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isNull();
        assertThat(results.get(1)).isNotNull();
        assertThat(results.get(2)).isNull();
        assertThat(repository.findByUrlsOrHashes(List.of("https://a.example/" + marker, "https://b.example/" + marker,
                "https://c.example/" + marker), List.of())).extracting(StoredArticle::id)
                .containsExactlyInAnyOrder(first.id(), results.get(1).id());
    }

    @Test
    void ingestRefusedButNotFoundTriesAgainAndAnswersWithTheStoredArticle() {
        String marker = unique();
        StoredArticle winner = repository.insertAll(List.of(prepared(marker, "https://race.example/" + marker))).get(0);
        // The insert is refused, and the first look-up misses the winner, as if it was deleted in between: the ingest
        // inserts again, is refused again, and the second look-up finds the stored article.
        AtomicBoolean firstLookup = new AtomicBoolean(true);
        ArticleRepository racing = new DelegatingRepository(repository) {
            @Override
            public List<StoredArticle> findByUrlsOrHashes(Collection<String> urls, Collection<String> hashes) {
                return firstLookup.getAndSet(false) ? List.of() : super.findByUrlsOrHashes(urls, hashes);
            }
        };

        CreateOutcome outcome = new ArticleIngest(racing, LIMITS).create(new ArticleDraft(
                "https://race.example/" + marker, "Outlet", "Title", "", null, "", text(marker)));

        assertThat(outcome.alreadyExisted()).isTrue();
        assertThat(outcome.article().id()).isEqualTo(winner.id());
    }

    @Test
    void ingestThatNeverSettlesIsAConcurrentChangeAndStoresNothingNew() {
        String marker = unique();
        repository.insertAll(List.of(prepared(marker, "https://race.example/" + marker)));
        ArticleRepository alwaysMissing = new DelegatingRepository(repository) {
            @Override
            public List<StoredArticle> findByUrlsOrHashes(Collection<String> urls, Collection<String> hashes) {
                return List.of();
            }
        };

        assertThatThrownBy(() -> new ArticleIngest(alwaysMissing, LIMITS).create(new ArticleDraft(
                "https://race.example/" + marker, "Outlet", "Title", "", null, "", text(marker))))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("try again");
        assertThat(repository.findByUrlsOrHashes(List.of("https://race.example/" + marker), List.of())).hasSize(1);
    }

    @Test
    void findPagesStrictlyAfterTheTokenPosition() {
        String outlet = "Outlet " + unique();
        Instant t = Instant.parse("2025-11-25T10:00:00Z");
        List<StoredArticle> stored = repository.insertAll(List.of(
                prepared(unique(), "https://p.example/" + unique(), outlet, t),
                prepared(unique(), "https://p.example/" + unique(), outlet, t),
                prepared(unique(), "https://p.example/" + unique(), outlet, t.minusSeconds(1))));
        ArticleQuery query = new ArticleQuery(java.util.Set.of(), List.of(outlet), null, null);
        List<StoredArticle> all = repository.find(query, null, 10, false);
        assertThat(all).hasSize(3);
        assertThat(all.get(2).id()).isEqualTo(stored.get(2).id());

        StoredArticle first = all.get(0);
        List<StoredArticle> rest = repository.find(query,
                new PageToken(first.sortTime().toEpochMilli(), first.id(), query.fingerprint()), 10, false);

        assertThat(rest).extracting(StoredArticle::id).containsExactly(all.get(1).id(), all.get(2).id());
        assertThat(rest.get(0).cleanedText()).as("basic view").isNull();
    }

    private static PreparedArticle prepared(String marker, String url) {
        return prepared(marker, url, "Outlet", Instant.parse("2025-11-25T10:00:00Z"));
    }

    private static PreparedArticle prepared(String marker, String url, String outlet, Instant published) {
        String text = text(marker);
        ArticleDraft draft = new ArticleDraft(url, outlet, "Title", "", published, "en", text);
        return new PreparedArticle(draft, text, TextFingerprint.contentHash(text), TextFingerprint.terms(text), published);
    }

    private static String text(String marker) {
        return "The port of " + marker + " reopened on Friday.";
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Passes every call on; tests override the one they want to bend. */
    private static class DelegatingRepository implements ArticleRepository {
        private final ArticleRepository delegate;

        DelegatingRepository(ArticleRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<StoredArticle> findById(String id, boolean withText) {
            return delegate.findById(id, withText);
        }

        @Override
        public List<StoredArticle> findByUrlsOrHashes(Collection<String> urls, Collection<String> contentHashes) {
            return delegate.findByUrlsOrHashes(urls, contentHashes);
        }

        @Override
        public List<StoredArticle> insertAll(List<PreparedArticle> articles) {
            return delegate.insertAll(articles);
        }

        @Override
        public List<StoredArticle> insertAllSyncingLater(List<PreparedArticle> articles) {
            return delegate.insertAllSyncingLater(articles);
        }

        @Override
        public void awaitDurable() {
            delegate.awaitDurable();
        }

        @Override
        public List<StoredArticle> find(ArticleQuery query, PageToken after, int limit, boolean withText) {
            return delegate.find(query, after, limit, withText);
        }

        @Override
        public void addSearchTerms(String articleId, Collection<String> terms) {
            delegate.addSearchTerms(articleId, terms);
        }

        @Override
        public boolean delete(String id) {
            return delegate.delete(id);
        }
    }
}
