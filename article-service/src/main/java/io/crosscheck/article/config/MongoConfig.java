package io.crosscheck.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Where the store lives. No connection string means: run the embedded MongoDB-wire server. */
@ConfigMapping(prefix = "crosscheck.mongodb")
public interface MongoConfig {

    /** A MongoDB connection string; when absent the embedded server is started. */
    Optional<String> connectionString();

    @WithDefault("crosscheck")
    String database();

    /** How long a request waits for a reachable server before failing as UNAVAILABLE. */
    @WithDefault("5s")
    Duration serverSelectionTimeout();

    Embedded embedded();

    interface Embedded {
        /** The H2 data folder; the store survives restarts there. */
        @WithDefault("data/mongo")
        String dataDir();

        /** The loopback port the embedded server listens on; 0 picks a free one. */
        @WithDefault("27117")
        int port();

        /**
         * Whether keyword and listing queries are answered by the service's own index (TermIndex) rather than by
         * the embedded server reading every document. Off only to measure the difference (search-benchmark.sh).
         */
        @WithDefault("true")
        boolean ownSearchIndex();
    }
}
