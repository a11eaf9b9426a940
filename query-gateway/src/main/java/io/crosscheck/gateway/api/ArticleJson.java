package io.crosscheck.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crosscheck.article.v1.Article;
import io.crosscheck.gateway.client.Timestamps;

import java.time.Instant;

/** The REST shape of an article; texts only when asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(String id, String url, String outlet, String title, String byline, Instant published,
        String language, String contentHash, Instant ingestTime, String text, String originalText) {

    public static ArticleJson of(Article a) {
        return new ArticleJson(a.getId(), a.getUrl(), a.getOutlet(), a.getTitle(), a.getByline(),
                a.hasPublishedTime() ? Timestamps.instant(a.getPublishedTime()) : null, a.getLanguage(), a.getContentHash(),
                a.hasIngestTime() ? Timestamps.instant(a.getIngestTime()) : null,
                a.getCleanedText().isEmpty() ? null : a.getCleanedText(),
                a.getOriginalText().isEmpty() ? null : a.getOriginalText());
    }
}
