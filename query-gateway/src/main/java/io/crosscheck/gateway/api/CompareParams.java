package io.crosscheck.gateway.api;

import io.crosscheck.gateway.compare.CompareRequest;

import java.time.Instant;
import java.util.List;

/**
 * The checks a comparison request passes, shared by REST and gRPC so that both refuse the same things with the same
 * words; only the field names differ (REST "from", gRPC "published_after").
 */
final class CompareParams {
    private CompareParams() {
    }

    /** Field names as each API calls them. */
    record Names(String from, String ids, String query, String outlets, String max) {
        static final Names REST = new Names("from", "ids", "q", "outlet", "max");
        static final Names GRPC = new Names("published_after", "article_ids", "query", "outlets", "max_articles");
    }

    /** A REST request: every value still a string as the client sent it. */
    static CompareRequest rest(String q, List<String> outlets, String from, String to, List<String> ids, String max,
            int defaultArticles, int maxArticles) {
        Instant after = RequestParams.instant(from, "from");
        Instant before = RequestParams.instant(to, "to");
        int articles = RequestParams.integer(max, "max", Math.min(defaultArticles, maxArticles), 1, maxArticles);
        return check(q, RequestParams.list(outlets), after, before, RequestParams.list(ids), articles, maxArticles, Names.REST);
    }

    /** A gRPC request: max 0 means the default. */
    static CompareRequest grpc(String q, List<String> outlets, Instant after, Instant before, List<String> ids, int max,
            int defaultArticles, int maxArticles) {
        if (max < 0 || max > maxArticles) {
            throw ProblemException.badRequest(Names.GRPC.max(), Names.GRPC.max() + " must be between 1 and " + maxArticles
                    + " (0 for the default, " + Math.min(defaultArticles, maxArticles) + "), got " + max);
        }
        return check(q, outlets.stream().filter(o -> !o.isBlank()).map(String::strip).toList(), after, before, ids,
                max == 0 ? Math.min(defaultArticles, maxArticles) : max, maxArticles, Names.GRPC);
    }

    private static CompareRequest check(String q, List<String> outlets, Instant after, Instant before, List<String> ids,
            int max, int maxArticles, Names names) {
        RequestParams.ordered(after, before, names.from(), "the end of the range");
        List<String> distinct = ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (distinct.isEmpty()) {
            return new CompareRequest(q == null ? "" : q.strip(), outlets, after, before, List.of(), max);
        }
        if (distinct.size() > maxArticles) {
            throw ProblemException.badRequest(names.ids(), "at most " + maxArticles + " article ids can be compared at once, "
                    + "got " + distinct.size());
        }
        boolean search = (q != null && !q.isBlank()) || !outlets.isEmpty() || after != null || before != null;
        if (search) {
            throw ProblemException.badRequest(names.ids(), names.ids() + " names the articles to compare; it cannot be "
                    + "combined with a search (" + names.query() + ", " + names.outlets() + ", a time range)");
        }
        if (distinct.size() < 2) {
            throw ProblemException.badRequest(names.ids(), "a comparison needs at least two articles, got one id");
        }
        for (String id : distinct) {
            if (id.length() > 200) {
                throw ProblemException.badRequest(names.ids(), "an article id is at most 200 characters, got one of "
                        + id.length());
            }
        }
        return new CompareRequest("", List.of(), null, null, distinct, distinct.size());
    }
}
