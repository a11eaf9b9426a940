package io.crosscheck.gateway;

import io.crosscheck.grpc.GrpcErrors;
import io.crosscheck.query.v1.CompareRequest;
import io.crosscheck.query.v1.QueryServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.crosscheck.gateway.Problems.assertProblem;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad comparison requests over REST and gRPC, against the real backends: every mistake is answered 4xx
 * application/problem+json (or INVALID_ARGUMENT / NOT_FOUND) naming the part at fault, never 500.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class CompareBadInputTest {
    private static final String COMPARE = "/api/v1/compare";

    @GrpcClient("query")
    QueryServiceGrpc.QueryServiceBlockingStub query;

    @Test
    void datesMustBeIso8601AndInOrder() {
        assertProblem(given().queryParam("from", "yesterday").get(COMPARE), 400, "from", COMPARE);
        assertProblem(given().queryParam("to", "2026-13-45").get(COMPARE), 400, "to", COMPARE);
        assertProblem(given().queryParam("from", "2026-03-05").queryParam("to", "2026-03-01").get(COMPARE), 400, "from", COMPARE);
    }

    @Test
    void maxMustBeAWholeNumberInRange() {
        for (String bad : List.of("abc", "0", "-3", "201", "1.5")) {
            assertProblem(given().queryParam("max", bad).get(COMPARE), 400, "max", COMPARE);
        }
    }

    @Test
    void unknownIdsAre404NamingEachOfThem() {
        String a = uniqueWord("noid");
        String b = uniqueWord("noid");
        JsonPath problem = assertProblem(given().queryParam("ids", a + "," + b).get(COMPARE), 404, "ids", COMPARE);
        assertThat(problem.getString("detail")).contains(a).contains(b);
        assertProblem(given().queryParam("ids", "{\"$ne\":null}").queryParam("ids", "x").get(COMPARE), 404, "ids", COMPARE);
    }

    @Test
    void tooManyIdsOrOneIdOrIdsWithASearchAreRefused() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add("id" + i);
        }
        assertThat(assertProblem(given().queryParam("ids", String.join(",", many)).get(COMPARE), 400, "ids", COMPARE)
                .getString("detail")).contains("201");
        assertProblem(given().queryParam("ids", "only-one").get(COMPARE), 400, "ids", COMPARE);
        assertProblem(given().queryParam("ids", "a,b").queryParam("q", "bridge").get(COMPARE), 400, "ids", COMPARE);
        assertProblem(given().queryParam("ids", "a,b").queryParam("outlet", "Wire").get(COMPARE), 400, "ids", COMPARE);
    }

    @Test
    void noQueryAndNoIdsComparesTheMostRecentArticles() {
        given().contentType(ContentType.JSON).body(RestBadInputTest.json(Problems.article(uniqueWord("recent")))).post("/api/v1/articles")
                .then().statusCode(201);
        JsonPath all = given().get(COMPARE).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(all.getList("articles")).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(all.getList("rewriteGroups")).isNotNull();
        assertThat(all.getList("clusters")).isNotNull();
        assertThat(all.getList("conflicts")).isNotNull();
        assertThat(all.getList("missing")).isNotNull();
    }

    @Test
    void aSearchThatFindsNothingIsAnEmptyComparison() {
        JsonPath none = given().queryParam("q", uniqueWord("nothing")).queryParam("outlet", "$gt").get(COMPARE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(none.getList("articles")).isEmpty();
        assertThat(none.getList("clusters")).isEmpty();
        assertThat(none.getList("missing")).isEmpty();
    }

    @Test
    void grpcRequestOverTheMessageLimitIsResourceExhaustedNamingTheLimit() {
        StatusRuntimeException tooLarge = catchThrowableOfType(StatusRuntimeException.class,
                () -> query.compare(CompareRequest.newBuilder().setQuery("x".repeat(5 << 20)).build()));
        assertThat(tooLarge.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(tooLarge.getStatus().getDescription()).contains("4194304").contains("max-inbound-message-size");
    }

    @Test
    void grpcRefusesTheSameMistakesWithCanonicalCodes() {
        StatusRuntimeException mixed = catchThrowableOfType(StatusRuntimeException.class,
                () -> query.compare(CompareRequest.newBuilder().setQuery("bridge").addArticleIds("a").addArticleIds("b").build()));
        assertThat(mixed.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.violatedField(mixed)).isEqualTo("article_ids");

        StatusRuntimeException max = catchThrowableOfType(StatusRuntimeException.class,
                () -> query.compare(CompareRequest.newBuilder().setMaxArticles(-1).build()));
        assertThat(max.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.violatedField(max)).isEqualTo("max_articles");

        StatusRuntimeException range = catchThrowableOfType(StatusRuntimeException.class,
                () -> query.compare(CompareRequest.newBuilder()
                        .setPublishedAfter(com.google.protobuf.Timestamp.newBuilder().setSeconds(2_000_000_000L))
                        .setPublishedBefore(com.google.protobuf.Timestamp.newBuilder().setSeconds(1_000_000_000L)).build()));
        assertThat(GrpcErrors.violatedField(range)).isEqualTo("published_after");

        String unknown = uniqueWord("nogrpc");
        StatusRuntimeException missing = catchThrowableOfType(StatusRuntimeException.class,
                () -> query.compare(CompareRequest.newBuilder().addArticleIds(unknown).addArticleIds(unknown + "x").build()));
        assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(missing.getStatus().getDescription()).contains(unknown);
    }
}
