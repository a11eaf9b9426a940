package io.crosscheck.article;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The MongoDB the Quarkus tests talk to. Where a Docker engine answers, a real MongoDB ({@value #IMAGE})
 * in a Testcontainers container; elsewhere the embedded MongoDB-wire server (mongo-java-server, in
 * memory) on a free loopback port. The service reaches either through the same driver and the same
 * configuration key, so the same test classes run on both.
 *
 * <p>Set the system property {@code crosscheck.test.mongo} to {@code embedded} or {@code container}
 * to skip the Docker probe and force one of them.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {
    static final String IMAGE = "mongo:7";
    private static final Logger LOG = Logger.getLogger(MongoTestResource.class);

    private MongoDBContainer container;
    private MongoServer embedded;

    @Override
    public Map<String, String> start() {
        String connectionString;
        if (useContainer()) {
            container = new MongoDBContainer(DockerImageName.parse(IMAGE));
            container.start();
            connectionString = container.getConnectionString();
            LOG.infof("article-service tests use MongoDB %s in a Testcontainers container at %s", IMAGE,
                    connectionString);
        } else {
            embedded = new MongoServer(new MemoryBackend());
            embedded.bind("127.0.0.1", 0);
            InetSocketAddress address = embedded.getLocalAddress();
            connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
            LOG.infof("article-service tests use the embedded MongoDB-wire server (mongo-java-server, memory "
                    + "backend) at %s: no Docker engine is available", connectionString);
        }
        String database = "crosscheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return Map.of(
                "crosscheck.mongodb.connection-string", connectionString,
                "crosscheck.mongodb.database", database);
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
        if (embedded != null) {
            embedded.shutdownNow();
            embedded = null;
        }
    }

    private static boolean useContainer() {
        String forced = System.getProperty("crosscheck.test.mongo", "").strip().toLowerCase(Locale.ROOT);
        if (forced.equals("embedded")) {
            return false;
        }
        if (forced.equals("container")) {
            return true;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.debugf(e, "No Docker engine: %s", e.getMessage());
            return false;
        }
    }
}
