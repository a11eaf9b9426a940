package io.crosscheck.gateway;

import io.crosscheck.query.v1.CompareRequest;
import io.crosscheck.query.v1.CompareResponse;
import io.crosscheck.query.v1.ConflictKind;
import io.crosscheck.query.v1.QueryServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage comparison over the real backends: the four fictional demo reports of samples/ are stored, extracted
 * and compared, over REST and over the gateway's gRPC QueryService.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class CompareEndToEndTest {
    private static final String COMPARE = "/api/v1/compare";
    /** Only the demo reports name the town: a search for it compares exactly them. */
    private static final String STORY = "Velmora";

    private static boolean samplesPosted;
    private static JsonPath answer;

    @GrpcClient("query")
    QueryServiceGrpc.QueryServiceBlockingStub query;

    @BeforeEach
    void postSamplesOnce() throws IOException {
        if (samplesPosted) {
            return;
        }
        samplesPosted = true;
        try (var files = Files.list(Path.of("..", "samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                // Bytes, not a String: RestAssured would encode a text/plain String as ISO-8859-1 and lose the quotation marks.
                int status = given().contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(file)).post("/api/v1/articles")
                        .then().extract().statusCode();
                assertThat(status).isIn(200, 201);
            }
        }
        answer = given().queryParam("q", STORY).get(COMPARE).then().statusCode(200).extract().jsonPath();
    }

    private static String idOf(String outlet) {
        return answer.getString("articles.find { it.outlet == '" + outlet + "' }.id");
    }

    @Test
    void theFourReportsAreComparedAndNoneIsMissing() {
        assertThat(answer.getList("articles.outlet", String.class)).containsExactlyInAnyOrder("Velmora Herald",
                "Northgate Wire", "The Meridian Post", "Coastline Daily");
        assertThat(answer.getList("missing")).isEmpty();
    }

    @Test
    void theMeridianPostIsFoundToRewriteTheNorthgateWire() {
        List<Map<String, Object>> groups = answer.getList("rewriteGroups");
        assertThat(groups).hasSize(1);
        assertThat(answer.getList("rewriteGroups[0].articleIds", String.class))
                .containsExactlyInAnyOrder(idOf("Northgate Wire"), idOf("The Meridian Post"));
        assertThat(answer.getDouble("rewriteGroups[0].similarity")).isBetween(0.0, 1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void twelveInjuredAgainstFourteenIsAConflict() {
        List<Map<String, Object>> conflicts = answer.getList("conflicts.findAll { c -> c.sides.any { it.value.startsWith('14') } }");
        assertThat(conflicts).hasSize(1);
        Map<String, Object> injured = conflicts.get(0);
        // The 14 comes from the regional health authority and later in the morning than the first 12: a count of the
        // injured from another source, or one that moved, is a discrepancy, not outlets contradicting one another.
        assertThat(injured.get("kind")).isEqualTo("discrepancy");
        assertThat(injured.get("rule")).isIn("source", "timeline");
        Set<String> fourteen = new java.util.HashSet<>();
        Set<String> twelve = new java.util.HashSet<>();
        for (Map<String, Object> side : (List<Map<String, Object>>) injured.get("sides")) {
            Set<String> outlets = ((List<Map<String, Object>>) side.get("mentions")).stream()
                    .map(m -> (String) m.get("outlet")).collect(Collectors.toSet());
            String value = (String) side.get("value");
            (value.startsWith("14") ? fourteen : value.contains("12") ? twelve : new java.util.HashSet<String>()).addAll(outlets);
        }
        assertThat(fourteen).containsExactly("Coastline Daily");
        assertThat(twelve).containsExactlyInAnyOrder("Northgate Wire", "The Meridian Post", "Velmora Herald");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMayorsPromiseIsCorroboratedAndTheRewriteCountsOnce() {
        Map<String, Object> rebuild = clusters().stream()
                .filter(k -> ((List<Map<String, Object>>) k.get("mentions")).stream()
                        .anyMatch(m -> ((String) m.get("text")).contains("rebuild the bridge by June")))
                .findFirst().orElseThrow();
        assertThat((Map<String, Object>) rebuild.get("speaker")).as(rebuild.toString()).containsEntry("canonical", "Ilse Maren");
        List<String> outlets = (List<String>) rebuild.get("outlets");
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(3);
        boolean bothRewrites = outlets.contains("Northgate Wire") && outlets.contains("The Meridian Post");
        assertThat(rebuild.get("independentOutlets")).isEqualTo(outlets.size() - (bothRewrites ? 1 : 0));
        assertThat(rebuild.get("corroborated")).isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clusters() {
        return answer.getList("clusters", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void everyMentionPointsIntoItsArticle() {
        List<Map<String, Object>> mentions = answer.getList("clusters.mentions.flatten()");
        assertThat(mentions).isNotEmpty();
        Map<String, String> texts = new java.util.HashMap<>();
        for (Map<String, Object> m : mentions) {
            String id = (String) m.get("articleId");
            String text = texts.computeIfAbsent(id, k -> given().get("/api/v1/articles/" + k).then().statusCode(200)
                    .extract().path("text"));
            assertThat(text.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("text"));
        }
    }

    @Test
    void idsCompareTheNamedArticles() {
        JsonPath two = given().queryParam("ids", idOf("Northgate Wire") + "," + idOf("The Meridian Post")).get(COMPARE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(two.getList("articles.outlet", String.class)).containsExactlyInAnyOrder("Northgate Wire", "The Meridian Post");
        assertThat(two.getList("rewriteGroups")).hasSize(1);
    }

    @Test
    void grpcQueryServiceAnswersTheSame() {
        CompareResponse response = query.compare(CompareRequest.newBuilder().setQuery(STORY).build());
        assertThat(response.getArticlesList()).extracting(a -> a.getId())
                .containsExactlyElementsOf(answer.getList("articles.id", String.class));
        assertThat(response.getRewriteGroupsList()).extracting(g -> Set.copyOf(g.getArticleIdsList()))
                .containsExactly(Set.copyOf(answer.getList("rewriteGroups[0].articleIds", String.class)));
        assertThat(response.getClustersList()).extracting(k -> k.getId())
                .containsExactlyElementsOf(answer.getList("clusters.id", String.class));
        List<Integer> sides = new java.util.ArrayList<>();
        for (Object conflict : answer.getList("conflicts", Map.class)) {
            sides.add(((List<?>) ((Map<?, ?>) conflict).get("sides")).size());
        }
        assertThat(response.getConflictsList()).extracting(x -> x.getSidesCount()).containsExactlyElementsOf(sides);
        assertThat(response.getConflictsList()).extracting(x -> x.getKind() == ConflictKind.CONFLICT_KIND_CONTRADICTION
                ? "contradiction" : "discrepancy").containsExactlyElementsOf(answer.getList("conflicts.kind", String.class));
        var first = response.getClustersList().get(0).getMentions(0);
        assertThat(first.getSpan().getEnd()).isEqualTo(answer.getInt("clusters[0].mentions[0].end"));
        assertThat(first.getText()).isEqualTo(answer.getString("clusters[0].mentions[0].text"));
    }
}
