package io.crosscheck.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the gateway fans out. */
@ConfigMapping(prefix = "crosscheck.gateway")
public interface GatewayConfig {
    /** Extractions in flight at once; set it to extraction replicas x cores per replica. */
    @WithDefault("4")
    int extractionParallelism();

    /** Deadline of one ExtractClaims call. */
    @WithDefault("120s")
    Duration extractionDeadline();

    /** Deadline of one article-service call. */
    @WithDefault("15s")
    Duration storeDeadline();

    /**
     * How often each backend's gRPC health service is asked whether it serves (readiness data, crosscheck_backend_up);
     * real calls report what they find in between.
     */
    @WithDefault("10s")
    Duration backendProbeInterval();

    /** Deadline of one health probe. */
    @WithDefault("2s")
    Duration backendProbeDeadline();

    /** The most articles one /claims answer covers. */
    @WithDefault("200")
    int claimsMaxArticles();

    /** Articles accepted in one POST /api/v1/articles; more is 413 before anything is stored. */
    @WithDefault("1000")
    int maxArticlesPerRequest();

    /**
     * SHA-256 hex digests of the accepted API keys (README "Security"); unset: the API needs no key. In production from a
     * Secret, as CROSSCHECK_GATEWAY_API_KEY_HASHES.
     */
    Optional<List<String>> apiKeyHashes();

    /** The most articles one comparison covers (max, and the number of ids a request may name). */
    @WithDefault("200")
    int compareMaxArticles();

    /** The articles a comparison covers when the request does not say. */
    @WithDefault("50")
    int compareDefaultArticles();

    /** Article digests (text-derived features) kept in memory, by article id, content hash and extractor version. */
    @WithDefault("5000")
    int compareDigestCache();

    /**
     * Whole comparison answers kept in memory, by the articles compared (id and content hash, in order) and the
     * extractor version: a question asked again over unchanged articles is answered without reading claims.
     */
    @WithDefault("256")
    int compareAnswerCache();

    /** Reads of article texts in flight at once when digests are missing. */
    @WithDefault("8")
    int compareTextParallelism();

    /** Articles published further apart than this are not compared for clusters and conflicts. */
    @WithDefault("7d")
    Duration compareWindow();

    /** Limits on what a request may hold, checked at the edge (README "Input limits"; application.properties says why). */
    InputLimits input();

    /** Parser and field limits of the REST API. */
    interface InputLimits {
        /** Deepest nesting of JSON arrays and objects in a body. */
        @WithDefault("64")
        int maxJsonDepth();

        /** Longest JSON string value, in characters. */
        @WithDefault("2000000")
        int maxJsonStringChars();

        /** Longest JSON number, in characters. */
        @WithDefault("100")
        int maxJsonNumberChars();

        /** Longest JSON field name, in characters. */
        @WithDefault("256")
        int maxJsonNameChars();

        /** Longest url, outlet, title, byline and language of an article, in characters. */
        @WithDefault("2048")
        int maxShortFieldChars();
    }
}
