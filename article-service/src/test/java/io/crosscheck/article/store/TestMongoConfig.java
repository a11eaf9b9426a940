package io.crosscheck.article.store;

import io.crosscheck.article.config.MongoConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A {@link MongoConfig} for store tests that build {@link MongoStore} without Quarkus. */
record TestMongoConfig(Optional<String> connectionString, String database, Path dataDir) implements MongoConfig {

    /** The embedded H2 server on a free port, data in that folder: what the service runs without a connection string. */
    static TestMongoConfig embedded(Path dataDir) {
        return new TestMongoConfig(Optional.empty(), "crosscheck", dataDir);
    }

    /** An existing server. */
    static TestMongoConfig connectTo(String connectionString, String database) {
        return new TestMongoConfig(Optional.of(connectionString), database, null);
    }

    @Override
    public Duration serverSelectionTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Embedded embedded() {
        return new Embedded() {
            @Override
            public String dataDir() {
                return String.valueOf(dataDir);
            }

            @Override
            public int port() {
                return 0;
            }

            @Override
            public boolean ownSearchIndex() {
                return true;
            }
        };
    }
}
