package io.crosscheck.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.article.v1.Article;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.domain.MissingArticle;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEST FIXTURE standing in for the comparison engine's {@code GET /api/v1/compare} until it is merged; delete this class
 * and {@code compare-fixture.json} then, and the page and its browser test run against the real endpoint unchanged.
 *
 * <p>It answers in the engine's contract ({@code articles, rewriteGroups, clusters, conflicts, missing}) for the
 * hand-written story in {@code compare-fixture.json} about the fictional demo reports in {@code samples/}. The articles
 * are real: found with the same keyword and filter search as {@code /claims} (or read by {@code ids}) from the running
 * article-service, and every mention's {@code start}/{@code end} is where its text stands in the stored cleaned text.
 * Articles outside the story are listed with no claims. What the fixture does not do is the engine's work: which claims
 * match, which numbers conflict and which articles are rewrites are written down, not computed.
 */
@Path("/api/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareFixture {
    private static final int MAX_ARTICLES = 200;

    public record ArticleRef(String id, String outlet, String title, String url, Instant publishedAt) {
    }

    public record RewriteGroup(List<String> articleIds, double similarity) {
    }

    public record Speaker(String canonical) {
    }

    public record Mention(String articleId, String outlet, int start, int end, String text) {
    }

    public record Cluster(String id, String summary, Speaker speaker, List<String> outlets, int independentOutlets,
            boolean corroborated, List<Mention> mentions) {
    }

    public record Side(String value, List<Mention> mentions) {
    }

    public record Conflict(String kind, String about, List<Side> sides) {
    }

    public record Answer(List<ArticleRef> articles, List<RewriteGroup> rewriteGroups, List<Cluster> clusters,
            List<Conflict> conflicts, List<MissingArticle> missing) {
    }

    private final GrpcClaimSources store;
    private final JsonNode story;

    public CompareFixture(GrpcClaimSources store, ObjectMapper json) {
        this.store = store;
        try (InputStream in = CompareFixture.class.getResourceAsStream("/compare-fixture.json")) {
            this.story = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    public Answer compare(@QueryParam("q") String q, @QueryParam("outlet") List<String> outlets,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("ids") List<String> ids) {
        Instant after = RequestParams.instant(from, "from");
        Instant before = RequestParams.instant(to, "to");
        if (after != null && before != null && !after.isBefore(before)) {
            throw ProblemException.badRequest("from", "from (" + after + ") must be before to (" + before + ")");
        }
        List<String> wanted = RequestParams.list(ids);
        List<Article> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            for (Article basic : store.search(q, RequestParams.list(outlets), after, before, MAX_ARTICLES)) {
                found.add(store.fullArticle(basic.getId()));
            }
        } else {
            wanted.forEach(id -> found.add(store.fullArticle(id)));
        }
        found.sort(Comparator.comparing(a -> a.hasPublishedTime() ? Timestamps.instant(a.getPublishedTime()) : Instant.MAX));

        // Story name ("herald") -> the stored article with that story URL, among those found.
        Map<String, Article> byName = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = story.get("articles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            found.stream().filter(a -> a.getUrl().equals(e.getValue().asText())).findFirst().ifPresent(a -> byName.put(e.getKey(), a));
        }

        List<ArticleRef> articles = found.stream().map(a -> new ArticleRef(a.getId(), a.getOutlet(), a.getTitle(), a.getUrl(),
                a.hasPublishedTime() ? Timestamps.instant(a.getPublishedTime()) : null)).toList();

        List<RewriteGroup> rewriteGroups = new ArrayList<>();
        Map<String, String> sourceOf = new HashMap<>(); // article id -> its independent source (group or outlet)
        for (JsonNode group : story.get("rewriteGroups")) {
            List<String> members = new ArrayList<>();
            group.get("articles").forEach(name -> {
                if (byName.containsKey(name.asText())) {
                    members.add(byName.get(name.asText()).getId());
                }
            });
            if (members.size() >= 2) {
                rewriteGroups.add(new RewriteGroup(members, group.get("similarity").asDouble()));
                members.forEach(id -> sourceOf.put(id, "rewrite-group-" + rewriteGroups.size()));
            }
        }

        List<Cluster> clusters = new ArrayList<>();
        for (JsonNode c : story.get("clusters")) {
            List<Mention> mentions = mentions(c.get("mentions"), byName, found);
            if (mentions.isEmpty()) {
                continue;
            }
            Set<String> outletsOf = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Mention m : mentions) {
                outletsOf.add(m.outlet());
                sources.add(sourceOf.getOrDefault(m.articleId(), "outlet:" + m.outlet()));
            }
            JsonNode speaker = c.get("speaker");
            clusters.add(new Cluster(c.get("id").asText(), c.get("summary").asText(),
                    speaker.isNull() ? null : new Speaker(speaker.asText()), List.copyOf(outletsOf), sources.size(),
                    sources.size() >= 2, mentions));
        }

        List<Conflict> conflicts = new ArrayList<>();
        for (JsonNode k : story.get("conflicts")) {
            List<Side> sides = new ArrayList<>();
            for (JsonNode side : k.get("sides")) {
                List<Mention> mentions = mentions(side.get("mentions"), byName, found);
                if (!mentions.isEmpty()) {
                    sides.add(new Side(side.get("value").asText(), mentions));
                }
            }
            if (sides.size() >= 2) {
                conflicts.add(new Conflict(k.get("kind").asText(), k.get("about").asText(), sides));
            }
        }
        return new Answer(articles, rewriteGroups, clusters, conflicts, List.of());
    }

    /** The story's mentions among the articles found, in the order of the answer's articles, with their offsets. */
    private static List<Mention> mentions(JsonNode written, Map<String, Article> byName, List<Article> order) {
        Map<String, Mention> byArticle = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Article a = byName.get(e.getKey());
            if (a == null) {
                continue;
            }
            String text = e.getValue().asText();
            int start = a.getCleanedText().indexOf(text);
            if (start < 0) {
                throw new IllegalStateException("fixture mention '" + text + "' is not in the cleaned text of " + a.getUrl());
            }
            byArticle.put(a.getId(), new Mention(a.getId(), a.getOutlet(), start, start + text.length(), text));
        }
        List<Mention> out = new ArrayList<>();
        for (Article a : order) {
            if (byArticle.containsKey(a.getId())) {
                out.add(byArticle.get(a.getId()));
            }
        }
        return out;
    }
}
