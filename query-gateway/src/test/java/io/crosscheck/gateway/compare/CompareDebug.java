package io.crosscheck.gateway.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.util.JsonFormat;
import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.gateway.client.Timestamps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid: prints the engine's intermediate scores for the articles of a dump. */
public final class CompareDebug {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ArticleDigest> digests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            var node = json.readTree(line);
            Article.Builder a = Article.newBuilder();
            JsonFormat.parser().merge(node.get("article").toString(), a);
            ClaimSet.Builder c = ClaimSet.newBuilder();
            JsonFormat.parser().merge(node.get("claims").toString(), c);
            if (!a.getOutlet().startsWith(args[1])) {
                continue;
            }
            digests.add(ArticleDigester.digest(new CoverageArticle(a.getId(), a.getOutlet(), a.getTitle(), a.getUrl(),
                    a.hasPublishedTime() ? Timestamps.instant(a.getPublishedTime()) : null, a.getContentHash(),
                    a.getCleanedText(), c.build())));
        }
        ComparisonScope scope = new ComparisonScope(digests, CompareSettings.defaults().window());
        String what = args[2];
        if (what.equals("time")) {
            CoverageComparer comparer = new CoverageComparer(CompareSettings.defaults());
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    comparer.compareDigests(digests);
                }
                long t1 = System.nanoTime();
                System.out.printf("compareDigests %.2f ms%n", (t1 - t0) / 20e6);
            }
        } else if (what.equals("rewrites")) {
            for (int i = 0; i < digests.size(); i++) {
                for (int j = i + 1; j < digests.size(); j++) {
                    ShingleSketch x = digests.get(i).sketch();
                    ShingleSketch y = digests.get(j).sketch();
                    System.out.printf("%s %s J=%.3f C=%.3f est=%.3f sizes %d %d%n", digests.get(i).outlet(),
                            digests.get(j).outlet(), x.jaccard(y), x.containment(y), x.estimatedJaccard(y), x.size(), y.size());
                }
            }
        } else if (what.equals("figures")) {
            List<Figure> figures = new ArrayList<>();
            digests.forEach(d -> figures.addAll(d.figures()));
            for (Figure f : figures) {
                System.out.printf("%s %-28s %s | %s | places %s | %s%n", f.statement().articleId().substring(20), f.label(),
                        f.thing(), f.about(), f.places(), f.version());
            }
            FigureMatcher m = new FigureMatcher(scope);
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    double s = m.similarity(figures.get(i), figures.get(j));
                    if (s > Double.parseDouble(System.getProperty("min", "0.15")) && !figures.get(i).statement().articleId().equals(figures.get(j).statement().articleId())) {
                        System.out.printf("  %.2f (sent %.2f) %s [%s]  ~  %s [%s]%n", s,
                                scope.similarity(figures.get(i).statement(), figures.get(j).statement()), figures.get(i).label(),
                                figures.get(i).about(), figures.get(j).label(), figures.get(j).about());
                    }
                }
            }
        } else {
            // statements containing a word: their best matches
            for (int i = 0; i < scope.statements.size(); i++) {
                Statement s = scope.statements.get(i);
                if (!s.sentence().contains(what)) {
                    continue;
                }
                System.out.println("== " + s.articleId().substring(20) + " " + s.sentence());
                System.out.println("   terms " + s.terms().keySet());
                for (int j = 0; j < scope.statements.size(); j++) {
                    double c = scope.vectors[i].cosine(scope.vectors[j]);
                    if (j != i && c > 0.12 && scope.statementArticle[i] != scope.statementArticle[j]) {
                        System.out.printf("   %.2f %s %s%n", c, scope.statements.get(j).articleId().substring(20),
                                scope.statements.get(j).sentence().substring(0, Math.min(120, scope.statements.get(j).sentence().length())));
                    }
                }
            }
        }
    }
}
