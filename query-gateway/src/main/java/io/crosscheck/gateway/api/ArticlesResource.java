package io.crosscheck.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.CreateArticleResponse;
import io.crosscheck.article.v1.DeleteArticleRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.ItemError;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesResponse;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.config.GatewayConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles: ingest (JSON, JSON array, NDJSON, plain text), read, list and search, delete. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticlesResource {
    static final String NDJSON = "application/x-ndjson";
    private static final int BATCH_CHUNK = 1000;

    private final GrpcClaimSources backends;
    private final ArticleInput input;
    private final int maxArticlesPerRequest;

    public ArticlesResource(GrpcClaimSources backends, ObjectMapper json, GatewayConfig config) {
        this.backends = backends;
        this.input = new ArticleInput(json, config.input());
        this.maxArticlesPerRequest = config.maxArticlesPerRequest();
    }

    /** The answer for one article. */
    public record Created(ArticleJson article, boolean alreadyExisted) {
    }

    /** The answer for one item of many. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, String status, ArticleJson article, String field, String error) {
    }

    /** The answer for many articles. */
    public record BatchResult(int created, int existing, int rejected, List<ItemResult> results) {
    }

    public record Page(List<ArticleJson> articles, String nextPageToken) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Store articles", description = "One JSON article ({url, outlet, text, title?, byline?, published?, "
            + "language?}), a JSON array of them, NDJSON, or a plain text file with an optional '---' front matter "
            + "(outlet:, url:, published:, title:); query parameters fill what the front matter leaves out. "
            + "Idempotent: the same URL or the same normalised text returns the stored article.")
    public Response create(byte[] bytes, @HeaderParam("Content-Type") String contentType, @QueryParam("url") String url,
            @QueryParam("outlet") String outlet, @QueryParam("title") String title, @QueryParam("published") String published) {
        Map<String, String> params = new HashMap<>();
        params.put("url", url);
        params.put("outlet", outlet);
        params.put("title", title);
        params.put("published", published);
        boolean[] single = {false};
        List<ArticleInput.Item> items = input.read(bytes, contentType, params, single);
        if (items.size() > maxArticlesPerRequest) {
            // Refused whole, before anything is stored.
            throw new ProblemException(413, "Payload too large", "the request holds " + items.size() + " articles; the limit is "
                    + maxArticlesPerRequest + " per request: send the rest in further requests", "body");
        }
        if (single[0]) {
            ArticleInput.Item item = items.get(0);
            if (item.rejected()) {
                throw ProblemException.badRequest(item.field(), item.error());
            }
            CreateArticleRequest request = CreateArticleRequest.newBuilder().setArticle(item.article()).build();
            CreateArticleResponse created = backends.articles(s -> s.createArticle(request));
            return Response.status(created.getAlreadyExisted() ? 200 : 201)
                    .entity(new Created(ArticleJson.of(withoutTexts(created.getArticle())), created.getAlreadyExisted())).build();
        }
        return Response.ok(storeMany(items)).build();
    }

    private BatchResult storeMany(List<ArticleInput.Item> items) {
        ItemResult[] results = new ItemResult[items.size()];
        List<ArticleInput.Item> valid = new ArrayList<>();
        for (ArticleInput.Item item : items) {
            if (item.rejected()) {
                results[item.index()] = new ItemResult(item.index(), "rejected", null, item.field(), item.error());
            } else {
                valid.add(item);
            }
        }
        for (int from = 0; from < valid.size(); from += BATCH_CHUNK) {
            List<ArticleInput.Item> chunk = valid.subList(from, Math.min(valid.size(), from + BATCH_CHUNK));
            // The REST answer carries no texts (withoutTexts), so the store need not send them back.
            BatchCreateArticlesRequest.Builder request = BatchCreateArticlesRequest.newBuilder()
                    .setView(ArticleView.ARTICLE_VIEW_BASIC);
            chunk.forEach(i -> request.addRequests(CreateArticleRequest.newBuilder().setArticle(i.article())));
            List<BatchCreateArticleResult> answers = backends.articles(s -> s.batchCreateArticles(request.build())).getResultsList();
            for (BatchCreateArticleResult answer : answers) {
                int index = chunk.get(answer.getIndex()).index();
                if (answer.hasResponse()) {
                    CreateArticleResponse r = answer.getResponse();
                    results[index] = new ItemResult(index, r.getAlreadyExisted() ? "exists" : "created",
                            ArticleJson.of(withoutTexts(r.getArticle())), null, null);
                } else {
                    results[index] = storeRejected(index, answer.getError());
                }
            }
        }
        int created = 0;
        int existing = 0;
        int rejected = 0;
        for (ItemResult r : results) {
            switch (r.status()) {
                case "created" -> created++;
                case "exists" -> existing++;
                default -> rejected++;
            }
        }
        return new BatchResult(created, existing, rejected, List.of(results));
    }

    /**
     * An item the store refused, in the form of the gateway's own refusals: the REST field and the detail prefixed
     * with the item's index in what the client posted ("[3].url"), not with its index in the store's batch.
     */
    private static ItemResult storeRejected(int index, ItemError error) {
        String prefix = "[" + index + "]";
        String field = RestFieldNames.field(error.getField());
        String detail = RestFieldNames.detail(error.getField(), error.getMessage());
        return new ItemResult(index, "rejected", null, field.isEmpty() ? prefix : prefix + "." + field,
                prefix + (field.isEmpty() ? " " : ".") + detail);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one article with its cleaned and original text")
    public ArticleJson get(@PathParam("id") String id) {
        GetArticleRequest request = GetArticleRequest.newBuilder().setId(id).setView(ArticleView.ARTICLE_VIEW_FULL).build();
        return ArticleJson.of(backends.articles(s -> s.getArticle(request)).getArticle());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article and its stored claims")
    public Response delete(@PathParam("id") String id) {
        DeleteArticleRequest request = DeleteArticleRequest.newBuilder().setId(id).build();
        backends.articles(s -> s.deleteArticle(request));
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "List or search articles, newest first",
            description = "q: keywords over title, text, entity and speaker names (all must match); outlet: one or more; "
                    + "from/to: publish-time range (ISO-8601); pageSize (1-1000, default 50) and pageToken for paging.")
    public Page list(@QueryParam("q") String q, @QueryParam("outlet") List<String> outlets, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("pageSize") String pageSize, @QueryParam("pageToken") String pageToken) {
        SearchArticlesRequest.Builder request = SearchArticlesRequest.newBuilder().setQuery(q == null ? "" : q)
                .addAllOutlets(RequestParams.list(outlets))
                .setPageSize(RequestParams.integer(pageSize, "pageSize", 50, 1, 1000))
                .setPageToken(RequestParams.pageToken(pageToken));
        Instant after = RequestParams.instant(from, "from");
        Instant before = RequestParams.instant(to, "to");
        if (after != null) {
            request.setPublishedAfter(Timestamps.of(after));
        }
        if (before != null) {
            request.setPublishedBefore(Timestamps.of(before));
        }
        SearchArticlesResponse page = backends.articles(s -> s.searchArticles(request.build()));
        return new Page(page.getArticlesList().stream().map(ArticleJson::of).toList(), page.getNextPageToken());
    }

    private static Article withoutTexts(Article a) {
        return a.toBuilder().clearOriginalText().clearCleanedText().build();
    }
}
