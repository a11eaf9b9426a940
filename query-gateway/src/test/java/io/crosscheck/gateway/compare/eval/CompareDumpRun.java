package io.crosscheck.gateway.compare.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.protobuf.util.JsonFormat;
import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.gateway.api.CompareJson;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.compare.CompareSettings;
import io.crosscheck.gateway.compare.Comparison;
import io.crosscheck.gateway.compare.CoverageArticle;
import io.crosscheck.gateway.compare.CoverageComparer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: compares the articles of a {@link CompareDump} file whose outlet starts with a prefix and
 * writes the answer in the REST shape, so the engine can be iterated on without services.
 * <pre>java ... CompareDumpRun DUMP.ndjson OUTLET_PREFIX OUT.json</pre>
 */
public final class CompareDumpRun {
    private CompareDumpRun() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<CoverageArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            var node = json.readTree(line);
            Article.Builder a = Article.newBuilder();
            JsonFormat.parser().merge(node.get("article").toString(), a);
            ClaimSet.Builder c = ClaimSet.newBuilder();
            JsonFormat.parser().merge(node.get("claims").toString(), c);
            if (!a.getOutlet().startsWith(args[1])) {
                continue;
            }
            articles.add(new CoverageArticle(a.getId(), a.getOutlet(), a.getTitle(), a.getUrl(),
                    a.hasPublishedTime() ? Timestamps.instant(a.getPublishedTime()) : null, a.getContentHash(),
                    a.getCleanedText(), c.build()));
        }
        CoverageComparer comparer = new CoverageComparer(CompareSettings.defaults());
        long t0 = System.nanoTime();
        Comparison result = comparer.compare(articles);
        long t1 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            comparer.compare(articles);
        }
        long t2 = System.nanoTime();
        System.err.printf("%d articles: first %.1f ms, then %.1f ms each%n", articles.size(), (t1 - t0) / 1e6, (t2 - t1) / 20e6);
        json.registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[2]).toFile(), CompareJson.of(result, List.of()));
    }
}
