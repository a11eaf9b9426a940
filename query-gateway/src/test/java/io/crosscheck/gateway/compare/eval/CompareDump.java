package io.crosscheck.gateway.compare.eval;

import com.google.protobuf.util.JsonFormat;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleClaims;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.ListArticlesResponse;
import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: writes every stored article (cleaned text included) with its current claims as NDJSON, one
 * {"article": ..., "claims": ...} a line, so that the compare engine can be iterated on without restarting services.
 * <pre>java ... CompareDump ARTICLE_HOST:PORT EXTRACTION_HOST:PORT OUT.ndjson</pre>
 */
public final class CompareDump {
    private CompareDump() {
    }

    public static void main(String[] args) throws IOException {
        ManagedChannel store = ManagedChannelBuilder.forTarget(args[0]).usePlaintext().maxInboundMessageSize(128 << 20).build();
        ManagedChannel extraction = ManagedChannelBuilder.forTarget(args[1]).usePlaintext().build();
        try {
            var articles = ArticleServiceGrpc.newBlockingStub(store);
            String version = ExtractionServiceGrpc.newBlockingStub(extraction)
                    .describeExtractor(DescribeExtractorRequest.getDefaultInstance()).getExtractorVersion();
            List<Article> all = new ArrayList<>();
            String token = "";
            do {
                ListArticlesResponse page = articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(1000)
                        .setPageToken(token).setView(ArticleView.ARTICLE_VIEW_FULL).build());
                all.addAll(page.getArticlesList());
                token = page.getNextPageToken();
            } while (!token.isEmpty());
            var claims = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder().setExtractorVersion(version)
                    .addAllArticleIds(all.stream().map(Article::getId).toList()).build());
            JsonFormat.Printer json = JsonFormat.printer().omittingInsignificantWhitespace();
            try (Writer out = Files.newBufferedWriter(Path.of(args[2]))) {
                for (Article a : all) {
                    ArticleClaims found = claims.getFoundList().stream().filter(c -> c.getArticleId().equals(a.getId()))
                            .findFirst().orElse(null);
                    if (found == null) {
                        continue;
                    }
                    out.write("{\"article\":" + json.print(a.toBuilder().clearOriginalText()) + ",\"claims\":"
                            + json.print(found.getClaimSet()) + "}\n");
                }
            }
            System.out.println(all.size() + " articles, claims of " + version + " for " + claims.getFoundCount());
        } finally {
            store.shutdownNow();
            extraction.shutdownNow();
        }
    }
}
