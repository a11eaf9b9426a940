package io.crosscheck.article.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
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
 */
final class EmbeddedMongoServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final H2Backend backend;
    private final InetSocketAddress address;

    EmbeddedMongoServer(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded store's data folder " + dataDir, e);
        }
        Path file = dataDir.resolve("crosscheck.mv");
        this.backend = new H2Backend(file.toString());
        this.server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
            this.address = server.getLocalAddress();
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("the embedded MongoDB server cannot listen on 127.0.0.1:" + port
                    + " (is another article-service running?). Set crosscheck.mongodb.embedded.port", e);
        }
        LOG.infof("Embedded MongoDB-wire server on %s, data in %s", connectionString(), file.toAbsolutePath());
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
