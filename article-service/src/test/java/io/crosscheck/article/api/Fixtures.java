package io.crosscheck.article.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.CreateArticleRequest;

import java.time.Instant;
import java.util.UUID;

/** Unique articles for the gRPC tests, so that tests sharing one store never see each other's data. */
final class Fixtures {
    private Fixtures() {
    }

    /** A word no other test uses: letters and digits only, so it is one search term. */
    static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A two-paragraph article text that mentions the marker, hence unique per marker. */
    static String text(String marker) {
        return "The harbour authority of " + marker + " said on Tuesday that 40 container ships were delayed by the storm.\n\n"
                + "Officials expect the backlog to clear by Friday, according to a statement from the port of " + marker + ".";
    }

    static Article.Builder article(String marker) {
        return Article.newBuilder()
                .setUrl("https://news.example/" + marker)
                .setOutlet("Harbor Gazette " + marker)
                .setTitle("Storm delays shipping in " + marker)
                .setByline("Jane Doe")
                .setPublishedTime(timestamp(Instant.parse("2025-11-25T10:00:00Z")))
                .setOriginalText(text(marker));
    }

    static CreateArticleRequest create(Article.Builder article) {
        return CreateArticleRequest.newBuilder().setArticle(article).build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
}
