package io.crosscheck.article.store;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MongoDB-wire server (mongo-java-server with its H2 backend) that stands in for
 * MongoDB on a machine without one. It listens on loopback only and keeps its data in one H2 file,
 * so a restart finds what was stored. Clients reach it through the ordinary MongoDB driver.
 *
 * <p>A write that asks for the journal (article-service's writes do: {@code w: "majority", j: true}) is acknowledged
 * only once it is committed and the file synced ({@link DurableH2Backend}, {@link DurableCommits}).
 */
final class EmbeddedMongoServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);
    /**
     * Netty worker threads of the server. A write asking for the journal holds its worker thread until its commit is
     * synced, and writers waiting at the same time share one commit; more workers than netty's default (twice the
     * cores) let more concurrent writers share one.
     */
    private static final int WORKER_THREADS = 16;

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;

    EmbeddedMongoServer(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded store's data folder " + dataDir, e);
        }
        Path file = dataDir.resolve("crosscheck.mv");
        // Opened here rather than by H2Backend(fileName) so that the backend can commit and sync it itself. The
        // background auto-commit stays on: it bounds the memory of unsaved changes and runs the file's housekeeping.
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        this.backend = new DurableH2Backend(store);
        this.server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
            this.address = server.getLocalAddress();
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("the embedded MongoDB server cannot listen on 127.0.0.1:" + port
                    + " (is another article-service running?). Set crosscheck.mongodb.embedded.port", e);
        }
        LOG.infof("Embedded MongoDB-wire server on %s, data in %s", connectionString(), file.toAbsolutePath());
    }

    /** Returns once every write applied so far is committed and synced. */
    void awaitDurable() {
        backend.awaitDurable();
    }

    /** How many commit-and-syncs have run. */
    long commits() {
        return backend.commits();
    }

    String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        // shutdownNow closes client connections; the backend then flushes and closes the H2 file.
        server.shutdownNow();
    }
}
