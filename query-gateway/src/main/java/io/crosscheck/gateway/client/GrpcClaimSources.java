package io.crosscheck.gateway.client;

import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleClaims;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesResponse;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc;
import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.gateway.domain.ClaimSources;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** The backends over gRPC: every call with a deadline, every failure a {@link BackendException} naming the backend. */
@ApplicationScoped
public class GrpcClaimSources implements ClaimSources {
    private static final int MAX_PAGE = 1000;
    private static final int EXTRACTION_RETRIES = 2;
    private static final long VERSION_TTL_MILLIS = 30_000;
    /** Asking extraction its version is instant when it is up; a deadline this short keeps a dead host from stalling. */
    private static final Duration VERSION_DEADLINE = Duration.ofSeconds(5);

    @GrpcClient("articles")
    ArticleServiceGrpc.ArticleServiceBlockingStub articleStub;

    @GrpcClient("extraction")
    ExtractionServiceGrpc.ExtractionServiceBlockingStub extractionStub;

    private final GatewayConfig config;
    private final BackendHealth health;
    private volatile String version;
    private volatile long versionFetchedAt;

    public GrpcClaimSources(GatewayConfig config, BackendHealth health) {
        this.config = config;
        this.health = health;
    }

    /** One call to the article store, with its deadline; a failure is a {@link BackendException} naming the store. */
    public <T> T articles(Function<ArticleServiceGrpc.ArticleServiceBlockingStub, T> call) {
        return call(Backend.ARTICLE_STORE, articleStub, config.storeDeadline(), call);
    }

    /** One call to extraction, with its deadline; a failure is a {@link BackendException} naming extraction. */
    public <T> T extraction(Function<ExtractionServiceGrpc.ExtractionServiceBlockingStub, T> call) {
        return call(Backend.EXTRACTION, extractionStub, config.extractionDeadline(), call);
    }

    /** Every call tells {@link BackendHealth} what it found: an answer (any status but UNAVAILABLE) or an outage. */
    private <S extends AbstractStub<S>, T> T call(Backend backend, S stub, Duration deadline, Function<S, T> call) {
        String address = stub.getChannel().authority();
        try {
            T answer = call.apply(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS));
            health.callAnswered(backend, address);
            return answer;
        } catch (StatusRuntimeException e) {
            BackendException failure = new BackendException(backend, address, e);
            health.callFailed(failure);
            throw failure;
        }
    }

    @Override
    public List<Article> search(String keywords, List<String> outlets, Instant from, Instant to, int limit) {
        List<Article> found = new ArrayList<>();
        String token = "";
        do {
            SearchArticlesRequest.Builder request = SearchArticlesRequest.newBuilder().setQuery(keywords == null ? "" : keywords)
                    .addAllOutlets(outlets).setPageSize(Math.min(MAX_PAGE, limit - found.size())).setPageToken(token)
                    .setView(ArticleView.ARTICLE_VIEW_BASIC);
            if (from != null) {
                request.setPublishedAfter(Timestamps.of(from));
            }
            if (to != null) {
                request.setPublishedBefore(Timestamps.of(to));
            }
            SearchArticlesResponse page = articles(s -> s.searchArticles(request.build()));
            found.addAll(page.getArticlesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty() && found.size() < limit);
        return found;
    }

    @Override
    public Article article(String id) {
        return articles(s -> s.getArticle(GetArticleRequest.newBuilder().setId(id).setView(ArticleView.ARTICLE_VIEW_BASIC)
                .build())).getArticle();
    }

    @Override
    public Article fullArticle(String id) {
        return articles(s -> s.getArticle(GetArticleRequest.newBuilder().setId(id).setView(ArticleView.ARTICLE_VIEW_FULL)
                .build())).getArticle();
    }

    /**
     * The version extraction-service names, asked at most every 30 s. While extraction is down the last version learnt
     * stays current, so that its stored claims are still served; before any was learnt this throws the failure, and
     * the fan-out serves the newest stored claims instead. Known down (by the probe or a call), it is not asked again
     * until the probe sees it back: a host that drops packets would hold every request for the deadline.
     */
    @Override
    public String extractorVersion() {
        String known = version;
        if (known != null && System.currentTimeMillis() - versionFetchedAt < VERSION_TTL_MILLIS) {
            return known;
        }
        if (health.knownDown(Backend.EXTRACTION)) {
            if (known != null) {
                return known;
            }
            throw health.state(Backend.EXTRACTION).failure();
        }
        try {
            version = call(Backend.EXTRACTION, extractionStub, VERSION_DEADLINE,
                    x -> x.describeExtractor(DescribeExtractorRequest.getDefaultInstance())).getExtractorVersion();
            versionFetchedAt = System.currentTimeMillis();
            return version;
        } catch (BackendException e) {
            if (known != null) {
                // Stored claims of the last known version are still worth serving while extraction is down.
                return known;
            }
            throw e;
        }
    }

    @Override
    public Map<String, ClaimSet> storedClaims(Collection<String> articleIds, String version) {
        Map<String, ClaimSet> found = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += MAX_PAGE) {
            BatchGetClaimsRequest request = BatchGetClaimsRequest.newBuilder()
                    .addAllArticleIds(ids.subList(from, Math.min(ids.size(), from + MAX_PAGE))).setExtractorVersion(version).build();
            var response = articles(s -> s.batchGetClaims(request));
            for (ArticleClaims c : response.getFoundList()) {
                found.put(c.getArticleId(), c.getClaimSet());
            }
        }
        return found;
    }

    @Override
    public Map<String, ClaimSet> newestStoredClaims(Collection<String> articleIds) {
        Map<String, ClaimSet> found = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += MAX_PAGE) {
            BatchGetClaimsRequest request = BatchGetClaimsRequest.newBuilder()
                    .addAllArticleIds(ids.subList(from, Math.min(ids.size(), from + MAX_PAGE))).setNewestVersion(true).build();
            var response = articles(s -> s.batchGetClaims(request));
            for (ArticleClaims c : response.getFoundList()) {
                found.put(c.getArticleId(), c.getClaimSet());
            }
        }
        return found;
    }

    @Override
    public ClaimSet extract(Article article) {
        ExtractClaimsRequest.Builder request = ExtractClaimsRequest.newBuilder().setText(article.getCleanedText())
                .setTitle(article.getTitle()).setLanguage(article.getLanguage()).setRequestId(article.getId());
        if (article.hasPublishedTime()) {
            request.setPublishedTime(article.getPublishedTime());
        } else {
            request.setPublishedTime(article.getIngestTime());
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return extraction(x -> x.extractClaims(request.build())).getClaimSet();
            } catch (BackendException e) {
                // A full queue on the replica is worth a short wait; anything else is reported as it is.
                if (e.status().getCode() != Status.Code.RESOURCE_EXHAUSTED || attempt >= EXTRACTION_RETRIES) {
                    throw e;
                }
                sleep(250L * (attempt + 1), e);
            }
        }
    }

    @Override
    public void store(String articleId, ClaimSet claims) {
        articles(s -> s.putClaims(PutClaimsRequest.newBuilder().setArticleId(articleId).setClaimSet(claims).build()));
    }

    /** Waits before a retry; interrupted, it gives up with the failure that asked for the retry. */
    private static void sleep(long millis, BackendException retrying) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw retrying;
        }
    }
}
