package io.crosscheck.article.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.domain.ArticleCatalog;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticlePage;
import io.crosscheck.article.domain.BatchItemOutcome;
import io.crosscheck.article.domain.ClaimLedger;
import io.crosscheck.article.domain.InvalidInputException;
import io.crosscheck.article.v1.ArticleClaims;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.BatchCreateArticlesResponse;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.BatchGetClaimsResponse;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.CreateArticleResponse;
import io.crosscheck.article.v1.DeleteArticleRequest;
import io.crosscheck.article.v1.DeleteArticleResponse;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.GetArticleResponse;
import io.crosscheck.article.v1.GetClaimsRequest;
import io.crosscheck.article.v1.GetClaimsResponse;
import io.crosscheck.article.v1.ItemError;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.ListArticlesResponse;
import io.crosscheck.article.v1.MutinyArticleServiceGrpc;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.article.v1.PutClaimsResponse;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesResponse;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.grpc.MalformedRequests;
import io.grpc.ServerServiceDefinition;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gRPC face of the article store: maps requests to the domain and failures to canonical codes. Every method that
 * reaches the store runs on a worker thread (@Blocking); list and search run on the event loop when the embedded
 * store's own index answers them from memory (no texts asked for), and hand over to a worker otherwise: the hop cost
 * more than the answer (see README, search benchmark).
 */
@GrpcService
public class ArticleGrpcService extends MutinyArticleServiceGrpc.ArticleServiceImplBase {
    private final ArticleIngest ingest;
    private final ArticleCatalog catalog;
    private final ClaimLedger ledger;

    public ArticleGrpcService(ArticleIngest ingest, ArticleCatalog catalog, ClaimLedger ledger) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.ledger = ledger;
    }

    /** Request bytes that do not parse are INVALID_ARGUMENT naming the message type (MalformedRequests). */
    @Override
    public ServerServiceDefinition bindService() {
        return MalformedRequests.refused(super.bindService());
    }

    @Override
    @Blocking
    public Uni<CreateArticleResponse> createArticle(CreateArticleRequest request) {
        return answer(() -> {
            requireArticle(request, "article");
            return ArticleMapping.toProto(ingest.create(ArticleMapping.draft(request.getArticle(), "article")));
        });
    }

    @Override
    @Blocking
    public Uni<BatchCreateArticlesResponse> batchCreateArticles(BatchCreateArticlesRequest request) {
        return answer(() -> {
            // Each item maps itself under its own field path, so that one bad item (a time out of range) is that
            // item's error and the rest are stored.
            List<Function<String, ArticleDraft>> items = new ArrayList<>();
            for (CreateArticleRequest item : request.getRequestsList()) {
                items.add(prefix -> ArticleMapping.draft(item.getArticle(), prefix));
            }
            boolean withText = ArticleMapping.withText(request.getView(), true);
            BatchCreateArticlesResponse.Builder response = BatchCreateArticlesResponse.newBuilder();
            for (BatchItemOutcome outcome : ingest.createBatch(items)) {
                BatchCreateArticleResult.Builder result = BatchCreateArticleResult.newBuilder().setIndex(outcome.index());
                if (outcome.outcome() != null) {
                    result.setResponse(ArticleMapping.toProto(outcome.outcome(), withText));
                } else {
                    result.setError(ItemError.newBuilder().setCode("INVALID_ARGUMENT")
                            .setField(outcome.rejection().field())
                            .setMessage(outcome.rejection().field() + ": " + outcome.rejection().getMessage()));
                }
                response.addResults(result);
            }
            return response.build();
        });
    }

    @Override
    @Blocking
    public Uni<GetArticleResponse> getArticle(GetArticleRequest request) {
        return answer(() -> GetArticleResponse.newBuilder().setArticle(ArticleMapping.toProto(
                catalog.get(request.getId(), ArticleMapping.withText(request.getView(), true)))).build());
    }

    @Override
    public Uni<ListArticlesResponse> listArticles(ListArticlesRequest request) {
        return answerFromMemoryOrWorker(ArticleMapping.withText(request.getView(), false), () -> {
            ArticlePage page = find("", request.getOutletsList(), request.hasPublishedAfter(), request.getPublishedAfter(),
                    request.hasPublishedBefore(), request.getPublishedBefore(), request.getPageSize(),
                    request.getPageToken(), request.getView());
            return ListArticlesResponse.newBuilder().setNextPageToken(page.nextPageToken())
                    .addAllArticles(page.articles().stream().map(ArticleMapping::toProto).toList()).build();
        });
    }

    @Override
    public Uni<SearchArticlesResponse> searchArticles(SearchArticlesRequest request) {
        return answerFromMemoryOrWorker(ArticleMapping.withText(request.getView(), false), () -> {
            ArticlePage page = find(request.getQuery(), request.getOutletsList(), request.hasPublishedAfter(),
                    request.getPublishedAfter(), request.hasPublishedBefore(), request.getPublishedBefore(),
                    request.getPageSize(), request.getPageToken(), request.getView());
            return SearchArticlesResponse.newBuilder().setNextPageToken(page.nextPageToken())
                    .addAllArticles(page.articles().stream().map(ArticleMapping::toProto).toList()).build();
        });
    }

    /** List and search share one query path; they differ only in the keywords. */
    private ArticlePage find(String keywords, List<String> outlets, boolean hasAfter, Timestamp after, boolean hasBefore,
            Timestamp before, int pageSize, String pageToken, ArticleView view) {
        return catalog.find(keywords, outlets, ArticleMapping.instantOrNull(hasAfter, after, "published_after"),
                ArticleMapping.instantOrNull(hasBefore, before, "published_before"), pageSize, pageToken,
                ArticleMapping.withText(view, false));
    }

    @Override
    @Blocking
    public Uni<DeleteArticleResponse> deleteArticle(DeleteArticleRequest request) {
        return answer(() -> {
            catalog.delete(request.getId());
            return DeleteArticleResponse.getDefaultInstance();
        });
    }

    @Override
    @Blocking
    public Uni<PutClaimsResponse> putClaims(PutClaimsRequest request) {
        return answer(() -> {
            if (!request.hasClaimSet()) {
                throw new InvalidInputException("claim_set", "claim_set is required");
            }
            ledger.put(request.getArticleId(), request.getClaimSet());
            return PutClaimsResponse.getDefaultInstance();
        });
    }

    @Override
    @Blocking
    public Uni<GetClaimsResponse> getClaims(GetClaimsRequest request) {
        return answer(() -> GetClaimsResponse.newBuilder()
                .setClaimSet(ledger.get(request.getArticleId(), request.getExtractorVersion())).build());
    }

    @Override
    @Blocking
    public Uni<BatchGetClaimsResponse> batchGetClaims(BatchGetClaimsRequest request) {
        return answer(() -> {
            Map<String, ClaimSet> found;
            if (request.getNewestVersion()) {
                if (!request.getExtractorVersion().isEmpty()) {
                    throw new InvalidInputException("extractor_version", "extractor_version must be empty when newest_version is set");
                }
                found = ledger.getNewest(request.getArticleIdsList());
            } else {
                found = ledger.getAll(request.getArticleIdsList(), request.getExtractorVersion());
            }
            BatchGetClaimsResponse.Builder response = BatchGetClaimsResponse.newBuilder();
            for (String id : request.getArticleIdsList()) {
                ClaimSet set = found.get(id);
                if (set != null) {
                    response.addFound(ArticleClaims.newBuilder().setArticleId(id).setClaimSet(set));
                } else {
                    response.addMissingArticleIds(id);
                }
            }
            return response.build();
        });
    }

    private static void requireArticle(CreateArticleRequest request, String field) {
        if (!request.hasArticle()) {
            throw new InvalidInputException(field, "article is required");
        }
    }

    /**
     * List and search (not @Blocking, so called on the event loop): answered right here when the search index answers
     * without the store, else on a worker thread, as the @Blocking methods are.
     */
    private <T> Uni<T> answerFromMemoryOrWorker(boolean withText, Supplier<T> call) {
        if (catalog.answersFromMemory(withText)) {
            return answer(call);
        }
        return Uni.createFrom().deferred(() -> answer(call)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Runs the call on this thread and turns every failure into a canonical status. */
    private static <T> Uni<T> answer(Supplier<T> call) {
        try {
            return Uni.createFrom().item(call.get());
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(StatusMapping.toStatus(e));
        }
    }
}
