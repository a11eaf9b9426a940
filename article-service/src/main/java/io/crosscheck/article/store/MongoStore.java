package io.crosscheck.article.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.crosscheck.article.config.MongoConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The one MongoDB connection of the service. With a connection string configured it talks to that
 * MongoDB; without one it starts the embedded server and talks to it through the same driver, so
 * there is one code path for both.
 */
@ApplicationScoped
public class MongoStore {
    /** The write concern of every write unless the connection string sets one: majority, journaled. */
    public static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    private final MongoClient client;
    private final MongoDatabase database;
    private final EmbeddedMongoServer embedded;
    private final boolean ownSearchIndex;

    /** Without metrics (store tests that build it by hand). */
    public MongoStore(MongoConfig config) {
        this(config, new SimpleMeterRegistry());
    }

    /** Every command to the store is timed as {@code crosscheck_store_command_seconds}. */
    @Inject
    public MongoStore(MongoConfig config, MeterRegistry meters) {
        String connection;
        if (config.connectionString().isPresent()) {
            this.embedded = null;
            this.ownSearchIndex = false;
            connection = config.connectionString().get();
        } else {
            this.embedded = new EmbeddedMongoServer(Path.of(config.embedded().dataDir()), config.embedded().port());
            this.ownSearchIndex = config.embedded().ownSearchIndex();
            connection = embedded.connectionString();
        }
        ConnectionString cs = new ConnectionString(connection);
        // A write is acknowledged only once it is durable: on a majority of the replica set and in their journals
        // (MongoDB), committed and synced to the H2 file (the embedded server, DurableH2Backend), unless the
        // connection string says otherwise.
        WriteConcern writeConcern = cs.getWriteConcern() != null ? cs.getWriteConcern() : DURABLE;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(cs)
                .writeConcern(writeConcern)
                .addCommandListener(new StoreCommandMetrics(meters))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(
                        config.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
        this.client = MongoClients.create(settings);
        this.database = client.getDatabase(config.database());
    }

    public MongoDatabase database() {
        return database;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded store, with the service's own search index switched on (see MongoConfig.Embedded). */
    public boolean searchesOwnIndex() {
        return ownSearchIndex;
    }

    /**
     * Returns once every write the embedded store has applied is committed and synced, for answers that acknowledge a
     * write this caller did not make itself (an article found "already stored" may be another request's write whose
     * sync is still running). Nothing to wait for on a configured MongoDB.
     */
    public void awaitDurable() {
        if (embedded != null) {
            embedded.awaitDurable();
        }
    }

    /** The write concern the service's collections write with. */
    public WriteConcern writeConcern() {
        return database.getWriteConcern();
    }

    @PreDestroy
    void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
