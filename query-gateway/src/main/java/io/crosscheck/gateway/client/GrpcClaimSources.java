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
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The backends over gRPC, every call with a deadline. */
@ApplicationScoped
public class GrpcClaimSources implements ClaimSources {
    private static final int MAX_PAGE = 1000;
    private static final int EXTRACTION_RETRIES = 2;
    private static final long VERSION_TTL_MILLIS = 30_000;

    @GrpcClient("articles")
    ArticleServiceGrpc.ArticleServiceBlockingStub articles;

    @GrpcClient("extraction")
    ExtractionServiceGrpc.ExtractionServiceBlockingStub extraction;

    private final GatewayConfig config;
    private volatile String version;
    private volatile long versionFetchedAt;

    public GrpcClaimSources(GatewayConfig config) {
        this.config = config;
    }

    public ArticleServiceGrpc.ArticleServiceBlockingStub store() {
        return articles.withDeadlineAfter(config.storeDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    public ExtractionServiceGrpc.ExtractionServiceBlockingStub extractor() {
        return extraction.withDeadlineAfter(config.extractionDeadline().toMillis(), TimeUnit.MILLISECONDS);
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
            SearchArticlesResponse page = store().searchArticles(request.build());
            found.addAll(page.getArticlesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty() && found.size() < limit);
        return found;
    }

    @Override
    public Article fullArticle(String id) {
        return store().getArticle(GetArticleRequest.newBuilder().setId(id).setView(ArticleView.ARTICLE_VIEW_FULL).build())
                .getArticle();
    }

    @Override
    public String extractorVersion() {
        String known = version;
        if (known != null && System.currentTimeMillis() - versionFetchedAt < VERSION_TTL_MILLIS) {
            return known;
        }
        try {
            version = extractor().describeExtractor(DescribeExtractorRequest.getDefaultInstance()).getExtractorVersion();
            versionFetchedAt = System.currentTimeMillis();
            return version;
        } catch (StatusRuntimeException e) {
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
            var response = store().batchGetClaims(BatchGetClaimsRequest.newBuilder()
                    .addAllArticleIds(ids.subList(from, Math.min(ids.size(), from + MAX_PAGE))).setExtractorVersion(version).build());
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
                return extractor().extractClaims(request.build()).getClaimSet();
            } catch (StatusRuntimeException e) {
                // A full queue on the replica is worth a short wait; anything else is reported as it is.
                if (e.getStatus().getCode() != Status.Code.RESOURCE_EXHAUSTED || attempt >= EXTRACTION_RETRIES) {
                    throw e;
                }
                sleep(250L * (attempt + 1));
            }
        }
    }

    @Override
    public void store(String articleId, ClaimSet claims) {
        store().putClaims(PutClaimsRequest.newBuilder().setArticleId(articleId).setClaimSet(claims).build());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted").asRuntimeException();
        }
    }
}
