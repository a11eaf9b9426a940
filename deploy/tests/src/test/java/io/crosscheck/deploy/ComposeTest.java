package io.crosscheck.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/docker-compose.yml cannot run here (no Docker engine): it is parsed and checked against the services instead. */
class ComposeTest {
    private static final ObjectNode COMPOSE = (ObjectNode) Yaml.readOne(Repo.ROOT.resolve("deploy/docker-compose.yml"));
    private static final JsonNode SERVICES = COMPOSE.path("services");

    @Test
    void mongoAndTheThreeServices() {
        List<String> names = new ArrayList<>();
        SERVICES.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("mongo", "article-service", "extraction-service", "query-gateway");
        for (String service : names) {
            assertThat(SERVICES.path(service).path("image").asText()).as(service + " image").isNotBlank();
            assertThat(SERVICES.path(service).has("build")).as(service + ": images come from the jib build, not a Dockerfile").isFalse();
        }
    }

    @Test
    void imagesAreTheOnesTheBuildAndTheLocalOverlayUse() {
        Manifests local = Manifests.render("local");
        for (String service : Repo.SERVICES) {
            assertThat(SERVICES.path(service).path("image").asText()).as(service + " image")
                    .isEqualTo("crosscheck/" + service + ":" + Repo.projectVersion())
                    .isEqualTo(local.container(service).getImage());
        }
    }

    @Test
    void mongoIsASingleMemberReplicaSetThatInitiatesItselfAndReportsHealth() {
        JsonNode mongo = SERVICES.path("mongo");
        assertThat(mongo.path("image").asText()).startsWith("mongo:7");
        assertThat(strings(mongo.path("command"))).contains("--replSet=rs0", "--bind_ip_all");
        String check = String.join(" ", strings(mongo.path("healthcheck").path("test")));
        assertThat(check).contains("rs.initiate", "_id: 'rs0'", "host: 'mongo:27017'", "isWritablePrimary");
        assertThat(strings(mongo.path("volumes"))).anyMatch(v -> v.endsWith(":/data/db"));
        assertThat(COMPOSE.path("volumes").has("mongo-data")).isTrue();
    }

    @Test
    void articleServiceUsesTheReplicaSetOnceItIsHealthy() {
        JsonNode article = SERVICES.path("article-service");
        String uri = environment("article-service").get("CROSSCHECK_MONGODB_CONNECTION_STRING");
        assertThat(uri).isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
        assertThat(article.path("depends_on").path("mongo").path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void portsAreTheServicesHttpPorts() {
        for (String service : Repo.SERVICES) {
            int port = Repo.httpPort(service);
            assertThat(strings(SERVICES.path(service).path("ports"))).as(service + " ports").containsExactly(port + ":" + port);
        }
    }

    @Test
    void theGatewayReachesTheBackendsByServiceNameAndPort() {
        Map<String, String> env = environment("query-gateway");
        assertThat(env).containsEntry("QUARKUS_GRPC_CLIENTS_ARTICLES_HOST", "article-service")
                .containsEntry("QUARKUS_GRPC_CLIENTS_ARTICLES_PORT", String.valueOf(Repo.httpPort("article-service")))
                .containsEntry("QUARKUS_GRPC_CLIENTS_EXTRACTION_HOST", "extraction-service")
                .containsEntry("QUARKUS_GRPC_CLIENTS_EXTRACTION_PORT", String.valueOf(Repo.httpPort("extraction-service")));
        assertThat(SERVICES.path(env.get("QUARKUS_GRPC_CLIENTS_ARTICLES_HOST")).isObject()).isTrue();
        assertThat(SERVICES.path(env.get("QUARKUS_GRPC_CLIENTS_EXTRACTION_HOST")).isObject()).isTrue();
    }

    @Test
    void everyVariableIsAKeyOfTheServiceOrAJvmSetting() {
        for (String service : Repo.SERVICES) {
            Set<String> known = new TreeSet<>();
            Repo.properties(service).keySet().forEach(k -> known.add(Repo.envName(k)));
            ManifestTest.ALLOWED_QUARKUS_KEYS.keySet().forEach(k -> known.add(Repo.envName(k)));
            List<String> unknown = environment(service).keySet().stream()
                    .filter(n -> !ManifestTest.JVM_ENV.contains(n) && !known.contains(n)).toList();
            assertThat(unknown).as(service + ": variables that are no key of its application.properties").isEmpty();
        }
    }

    @Test
    void heapsFollowTheMemoryLimitAndExtractionGetsThreeGib() {
        for (String service : Repo.SERVICES) {
            Map<String, String> env = environment(service);
            double percentage = Manifests.maxRamPercentage(env.get("JAVA_TOOL_OPTIONS"));
            assertThat(percentage).as(service + " MaxRAMPercentage").isPositive();
            assertThat(Double.parseDouble(env.get("JAVA_MAX_MEM_RATIO"))).as(service + " JAVA_MAX_MEM_RATIO").isEqualTo(percentage);
            String limit = SERVICES.path(service).path("mem_limit").asText();
            assertThat(limit).as(service + " mem_limit").matches("[0-9]+[kmg]");
            BigDecimal bytes = Quantity.getAmountInBytes(new Quantity(limit.substring(0, limit.length() - 1),
                    limit.substring(limit.length() - 1).toUpperCase() + "i"));
            if (service.equals("extraction-service")) {
                assertThat(bytes.multiply(BigDecimal.valueOf(percentage / 100))).as("extraction-service heap")
                        .isGreaterThanOrEqualTo(ManifestTest.GIB.multiply(BigDecimal.valueOf(3)));
            }
        }
    }

    @Test
    void servicesRunHardened() {
        for (String service : Repo.SERVICES) {
            JsonNode s = SERVICES.path(service);
            assertThat(s.path("read_only").asBoolean()).as(service + " read_only").isTrue();
            assertThat(strings(s.path("tmpfs"))).as(service + " tmpfs").contains("/tmp");
            assertThat(strings(s.path("cap_drop"))).as(service + " cap_drop").contains("ALL");
            assertThat(strings(s.path("security_opt"))).as(service + " security_opt").contains("no-new-privileges:true");
        }
    }

    static Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        JsonNode e = SERVICES.path(service).path("environment");
        if (e.isArray()) {
            for (JsonNode kv : e) {
                String[] parts = kv.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } else {
            e.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
        }
        return env;
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
