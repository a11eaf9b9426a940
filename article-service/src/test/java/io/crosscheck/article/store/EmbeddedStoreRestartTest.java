package io.crosscheck.article.store;

import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.CreateOutcome;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.article.domain.TextFingerprint;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Span;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store the service starts when no connection string is configured (mongo-java-server
 * with its H2 backend, through {@link MongoStore} and {@link EmbeddedMongoServer}) keeps what was
 * written across a restart.
 */
class EmbeddedStoreRestartTest {
    private static final ArticleLimits LIMITS = new ArticleLimits(1_000_000, 1000, 1000, 50);

    @TempDir
    Path dataDir;

    @Test
    void articlesClaimsAndIndexesSurviveARestart() {
        ArticleDraft draft = new ArticleDraft("https://news.example/restart", "Harbor Gazette", "Port reopens",
                "Jane Doe", Instant.parse("2025-11-25T10:00:00Z"), "en",
                "By Jane Doe\n\nThe port reopened on Friday after the storm, officials said.\n\nAdvertisement");
        ClaimSet claims = ClaimSet.newBuilder().setExtractorVersion("v1")
                .addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText("The port reopened")
                        .setSpan(Span.newBuilder().setStart(0).setEnd(17)))
                .build();

        StoredArticle written;
        MongoStore store = new MongoStore(TestMongoConfig.embedded(dataDir));
        try {
            assertThat(store.isEmbedded()).isTrue();
            MongoArticleRepository repository = new MongoArticleRepository(store);
            CreateOutcome outcome = new ArticleIngest(repository, LIMITS).create(draft);
            assertThat(outcome.alreadyExisted()).isFalse();
            written = outcome.article();
            repository.addSearchTerms(written.id(), Set.of("lima"));
            new MongoClaimRepository(store).put(written.id(), claims);
        } finally {
            store.close();
        }
        assertThat(dataDir.resolve("crosscheck.mv")).isRegularFile();

        MongoStore reopened = new MongoStore(TestMongoConfig.embedded(dataDir));
        try {
            MongoArticleRepository repository = new MongoArticleRepository(reopened);

            Optional<StoredArticle> read = repository.findById(written.id(), true);
            assertThat(read).isPresent();
            StoredArticle article = read.get();
            assertThat(article.url()).isEqualTo(written.url());
            assertThat(article.outlet()).isEqualTo(written.outlet());
            assertThat(article.title()).isEqualTo(written.title());
            assertThat(article.originalText()).isEqualTo(draft.originalText());
            assertThat(article.cleanedText()).isEqualTo("The port reopened on Friday after the storm, officials said.");
            assertThat(article.contentHash()).isEqualTo(written.contentHash());
            assertThat(article.published()).isEqualTo(written.published());
            assertThat(article.ingestTime()).isEqualTo(written.ingestTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

            assertThat(repository.find(new ArticleQuery(TextFingerprint.terms("reopened LIMA"), List.of(), null, null),
                    null, 10, false)).extracting(StoredArticle::id).containsExactly(written.id());
            assertThat(new MongoClaimRepository(reopened).get(written.id(), "v1")).contains(claims);

            // The unique indexes came back too: the same URL is a duplicate, not a second article.
            CreateOutcome again = new ArticleIngest(repository, LIMITS).create(draft);
            assertThat(again.alreadyExisted()).isTrue();
            assertThat(again.article().id()).isEqualTo(written.id());
            assertThat(reopened.database().getCollection(MongoArticleRepository.COLLECTION).countDocuments(new Document()))
                    .isEqualTo(1);
        } finally {
            reopened.close();
        }
    }
}
