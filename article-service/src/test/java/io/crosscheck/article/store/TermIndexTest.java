package io.crosscheck.article.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.PageToken;
import io.crosscheck.article.domain.PreparedArticle;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.article.domain.TextFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own search index answers every query exactly as the store's query does: the same articles in the
 * same order, page after page, after deletes, after names were added to an article's terms, and after a restart
 * rebuilds it from the store. Fictional articles with random words, outlets and times, several sharing one time
 * (the id breaks the tie).
 */
class TermIndexTest {
    private static final String[] WORDS = {"harbour", "ferry", "council", "budget", "flood", "bridge", "strike", "vote",
            "school", "rail", "storm", "court"};
    private static final String[] OUTLETS = {"Velmora Post", "Harrow Herald", "Coast Times", "Northgate Wire"};
    private static MongoServer server;
    private static MongoStore store;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        store = new MongoStore(TestMongoConfig.connectTo("mongodb://127.0.0.1:" + address.getPort(), "term_index_test"));
    }

    @AfterAll
    static void stop() {
        store.close();
        server.shutdownNow();
    }

    @Test
    void theIndexAnswersAsTheStoreDoes() {
        MongoArticleRepository repository = new MongoArticleRepository(store, true);
        assertThat(repository.searchesOwnIndex()).isTrue();
        Random random = new Random(7);
        List<StoredArticle> stored = new ArrayList<>();
        for (int batch = 0; batch < 6; batch++) {
            List<PreparedArticle> prepared = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                prepared.add(article(random, batch * 40 + i));
            }
            stored.addAll(repository.insertAll(prepared));
        }
        assertSameAnswers(repository, random);

        for (int i = 0; i < 30; i++) {
            repository.delete(stored.get(random.nextInt(stored.size())).id());
        }
        for (int i = 0; i < 30; i++) {
            repository.addSearchTerms(stored.get(random.nextInt(stored.size())).id(), Set.of("ilse", "maren"));
        }
        assertSameAnswers(repository, random);

        MongoArticleRepository restarted = new MongoArticleRepository(store, true);
        assertSameAnswers(restarted, random);
    }

    @Test
    void readinessWaitsUntilTheIndexHoldsEveryStoredArticle() {
        MongoArticleRepository writer = new MongoArticleRepository(store, true);
        Random random = new Random(11);
        List<PreparedArticle> prepared = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            prepared.add(article(random, 10_000 + i));
        }
        writer.insertAll(prepared);
        long stored = store.database().getCollection(MongoArticleRepository.COLLECTION).countDocuments();

        SearchIndexLoad load = new SearchIndexLoad(true);
        assertThat(load.ready()).isFalse();
        new MongoArticleRepository(store, true, load);

        assertThat(load.ready()).isTrue();
        assertThat(load.articlesRead()).isEqualTo(stored);
        // A store that honours its own indexes (MongoDB) has nothing to load.
        assertThat(new SearchIndexLoad(false).ready()).isTrue();
    }

    private static void assertSameAnswers(MongoArticleRepository repository, Random random) {
        for (int q = 0; q < 150; q++) {
            ArticleQuery query = query(random);
            int limit = 1 + random.nextInt(25);
            PageToken after = null;
            for (int page = 0; page < 40; page++) {
                // Every field, not only the ids: the index answers the listing view itself, and reads texts by id.
                boolean withText = random.nextInt(4) == 0;
                List<StoredArticle> byIndex = repository.find(query, after, limit, withText);
                List<StoredArticle> byStore = repository.findByStoreQuery(query, after, limit, withText);
                assertThat(byIndex).as("query %s, page %d", query, page).containsExactlyElementsOf(byStore);
                if (byStore.size() <= limit) {
                    break;
                }
                StoredArticle last = byStore.get(limit - 1);
                after = new PageToken(last.sortTime().toEpochMilli(), last.id(), query.fingerprint());
            }
        }
    }

    private static ArticleQuery query(Random random) {
        Set<String> terms = new java.util.HashSet<>();
        int termCount = random.nextInt(3);
        for (int i = 0; i < termCount; i++) {
            terms.add(random.nextInt(10) == 0 ? "maren" : WORDS[random.nextInt(WORDS.length)]);
        }
        List<String> outlets = new ArrayList<>();
        int outletCount = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < outletCount; i++) {
            outlets.add(OUTLETS[random.nextInt(OUTLETS.length)]);
        }
        Instant from = random.nextInt(3) == 0 ? day(random.nextInt(20)) : null;
        Instant to = random.nextInt(3) == 0 ? day(10 + random.nextInt(20)) : null;
        if (from != null && to != null && !from.isBefore(to)) {
            to = null;
        }
        return new ArticleQuery(terms, outlets, from, to);
    }

    private static PreparedArticle article(Random random, int n) {
        StringBuilder text = new StringBuilder("Report " + n + ":");
        for (int i = 0; i < 4; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append('.');
        // One article in eight has no publish time (it sorts by its ingest time); many share a day.
        Instant published = random.nextInt(8) == 0 ? null : day(random.nextInt(30));
        ArticleDraft draft = new ArticleDraft("https://index.example/" + n, OUTLETS[random.nextInt(OUTLETS.length)], "Title " + n,
                "", published, "en", text.toString());
        return new PreparedArticle(draft, text.toString(), TextFingerprint.contentHash(text.toString()),
                TextFingerprint.terms(text.toString(), draft.outlet()), published);
    }

    private static Instant day(int d) {
        return Instant.parse("2026-03-01T08:00:00Z").plusSeconds(86_400L * d);
    }
}
