package io.crosscheck.extraction.api;

import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.extraction.v1.ExtractionService;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.api.Requests.MAREN_QUOTE;
import static io.crosscheck.extraction.api.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class StreamExtractClaimsGrpcTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String COUNCIL = "Council leader Petra Halvorsen said the budget would be cut by ten percent next year.";
    private static final String POLICE = "Seven people were injured in the blast in the old harbour district on Monday.";

    @GrpcClient("extraction")
    ExtractionService extraction;

    @Test
    void oneAnswerPerRequestWithItsIdAndABadItemDoesNotEndTheStream() {
        List<ExtractClaimsRequest> requests = List.of(
                request("maren", MAREN_QUOTE),
                request("empty", ""),
                request("council", COUNCIL),
                request("french", COUNCIL).toBuilder().setLanguage("fr").build(),
                request("police", POLICE));

        Map<String, ExtractClaimsResponse> answers = byId(stream(requests));

        assertThat(answers).containsOnlyKeys("maren", "empty", "council", "french", "police");
        assertThat(answers.get("empty").getError().getCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(answers.get("empty").getError().getMessage()).contains("text");
        assertThat(answers.get("empty").hasClaimSet()).isFalse();
        assertThat(answers.get("french").getError().getCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(answers.get("french").getError().getMessage()).contains("language");
        for (ExtractClaimsRequest request : requests) {
            if (request.getText().isEmpty() || !request.getLanguage().isEmpty()) {
                continue;
            }
            ExtractClaimsResponse answer = answers.get(request.getRequestId());
            assertThat(answer.hasError()).as(request.getRequestId()).isFalse();
            assertThat(answer.getClaimSet().getClaimsList()).as(request.getRequestId()).isNotEmpty();
            assertTraceable(request.getText(), answer.getClaimSet());
        }
        assertThat(claimStartingWith(answers.get("maren").getClaimSet(), "We will rebuild").getKind())
                .isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(claimStartingWith(answers.get("council").getClaimSet(), "the budget would be cut").getSpeaker()
                .getCanonicalName()).isEqualTo("Petra Halvorsen");
    }

    @Test
    void everyRequestOfALongerStreamIsAnsweredOnce() {
        List<ExtractClaimsRequest> requests = IntStream.range(0, 8)
                .mapToObj(i -> request("item-" + i, i % 2 == 0 ? POLICE : COUNCIL)).toList();

        List<ExtractClaimsResponse> answers = stream(requests);

        assertThat(answers).extracting(ExtractClaimsResponse::getRequestId)
                .containsExactlyInAnyOrderElementsOf(requests.stream().map(ExtractClaimsRequest::getRequestId).toList());
        assertThat(answers).noneMatch(ExtractClaimsResponse::hasError);
    }

    @Test
    void aStreamOfOnlyBadItemsAnswersEachWithItsError() {
        List<ExtractClaimsRequest> requests = List.of(request("blank", "   "), request("huge", "x".repeat(1_000_001)),
                request("german", POLICE).toBuilder().setLanguage("de").build());

        Map<String, ExtractClaimsResponse> answers = byId(stream(requests));

        assertThat(answers).containsOnlyKeys("blank", "huge", "german");
        assertThat(answers.values()).allSatisfy(a -> assertThat(a.getError().getCode()).isEqualTo("INVALID_ARGUMENT"));
        assertThat(answers.get("huge").getError().getMessage()).contains("1000000");
    }

    @Test
    void anEmptyStreamCompletesWithoutAnswers() {
        assertThat(stream(List.of())).isEmpty();
    }

    private List<ExtractClaimsResponse> stream(List<ExtractClaimsRequest> requests) {
        return extraction.streamExtractClaims(Multi.createFrom().iterable(requests)).collect().asList().await().atMost(WAIT);
    }

    private static Map<String, ExtractClaimsResponse> byId(List<ExtractClaimsResponse> answers) {
        assertThat(answers).extracting(ExtractClaimsResponse::getRequestId).doesNotHaveDuplicates();
        return answers.stream().collect(Collectors.toMap(ExtractClaimsResponse::getRequestId, Function.identity()));
    }
}
