package io.crosscheck.article.store;

import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.BatchItemOutcome;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.common.v1.ClaimSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write on the embedded store is in its file the moment it is acknowledged. The test copies the H2
 * file while the store is still open, right after the last acknowledgement, without closing or flushing anything: the
 * copy is what a {@code kill -9} would leave behind. Opened as a store of its own, the copy must hold every
 * acknowledged write. (With the wait for DurableCommits switched off, the MVStore commits about once a second in the
 * background and the test fails: the copy still held the article deleted last.)
 */
class EmbeddedStoreDurabilityTest {
    private static final ArticleLimits LIMITS = new ArticleLimits(1_000_000, 1000, 1000, 50);

    @TempDir
    Path live;
    @TempDir
    Path crashed;

    @Test
    void whatWasAcknowledgedIsInTheFileWithoutAnOrderlyClose() throws IOException {
        List<StoredArticle> created = new ArrayList<>();
        String deletedId;
        String withNameId;
        MongoStore store = new MongoStore(TestMongoConfig.embedded(live));
        try {
            assertThat(store.writeConcern()).isEqualTo(MongoStore.DURABLE);
            MongoArticleRepository articles = new MongoArticleRepository(store);
            MongoClaimRepository claims = new MongoClaimRepository(store);
            ArticleIngest ingest = new ArticleIngest(articles, LIMITS);
            for (int round = 0; round < 5; round++) {
                List<Function<String, ArticleDraft>> batch = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    ArticleDraft draft = draft(round * 100 + i);
                    batch.add(path -> draft);
                }
                for (BatchItemOutcome outcome : ingest.createBatch(batch)) {
                    created.add(outcome.outcome().article());
                }
            }
            created.add(ingest.create(draft(999)).article());
            deletedId = created.get(3).id();
            withNameId = created.get(4).id();
            articles.delete(deletedId);
            articles.addSearchTerms(withNameId, Set.of("quillon"));
            claims.put(withNameId, ClaimSet.newBuilder().setExtractorVersion("v-durable").build());

            copyAsACrashLeavesIt();
        } finally {
            store.close();
        }

        MongoStore reopened = new MongoStore(TestMongoConfig.embedded(crashed));
        try {
            MongoArticleRepository articles = new MongoArticleRepository(reopened);
            for (StoredArticle a : created) {
                if (a.id().equals(deletedId)) {
                    assertThat(articles.findById(a.id(), false)).as("deleted before the crash").isEmpty();
                } else {
                    assertThat(articles.findById(a.id(), true)).as("acknowledged article %s", a.url())
                            .hasValueSatisfying(read -> {
                                assertThat(read.url()).isEqualTo(a.url());
                                assertThat(read.originalText()).isEqualTo(a.originalText());
                            });
                }
            }
            Document withName = reopened.database().getCollection(MongoArticleRepository.COLLECTION)
                    .find(new Document("_id", withNameId)).first();
            assertThat(withName.getList("terms", String.class)).contains("quillon");
            assertThat(new MongoClaimRepository(reopened).get(withNameId, "v-durable")).isPresent();
        } finally {
            reopened.close();
        }
    }

    /** The batch path syncs once after its chunks' writes: what it acknowledged last must be on disk too. */
    @Test
    void aBatchAcknowledgedLastIsInTheFile() throws IOException {
        List<StoredArticle> created = new ArrayList<>();
        MongoStore store = new MongoStore(TestMongoConfig.embedded(live));
        try {
            ArticleIngest ingest = new ArticleIngest(new MongoArticleRepository(store), LIMITS);
            List<Function<String, ArticleDraft>> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                ArticleDraft draft = draft(1_000 + i);
                batch.add(path -> draft);
            }
            for (BatchItemOutcome outcome : ingest.createBatch(batch)) {
                created.add(outcome.outcome().article());
            }
            created.add(ingest.create(draft(5_000)).article());

            copyAsACrashLeavesIt();
        } finally {
            store.close();
        }

        MongoStore reopened = new MongoStore(TestMongoConfig.embedded(crashed));
        try {
            MongoArticleRepository articles = new MongoArticleRepository(reopened);
            assertThat(created).hasSize(301).allSatisfy(a -> assertThat(articles.findById(a.id(), false))
                    .as("acknowledged article %s", a.url()).isPresent());
        } finally {
            reopened.close();
        }
    }

    /** Right after the last acknowledgement, without closing or flushing: the file as a kill -9 would leave it. */
    private void copyAsACrashLeavesIt() throws IOException {
        Files.copy(live.resolve("crosscheck.mv"), crashed.resolve("crosscheck.mv"));
    }

    private static ArticleDraft draft(int n) {
        return new ArticleDraft("https://durable.example/" + n, "Quay Courier", "Ferry timetable " + n, null,
                Instant.parse("2026-01-05T08:00:00Z").plusSeconds(n), "en",
                "The ferry timetable number " + n + " changes on Monday, the harbour office said.");
    }
}
