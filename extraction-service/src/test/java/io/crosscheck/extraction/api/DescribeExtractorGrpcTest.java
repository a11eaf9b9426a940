package io.crosscheck.extraction.api;

import io.crosscheck.extraction.domain.ClaimExtractor;
import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.DescribeExtractorResponse;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceBlockingStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.crosscheck.extraction.api.Requests.MAREN_QUOTE;
import static io.crosscheck.extraction.api.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DescribeExtractorGrpcTest {

    @GrpcClient("extraction")
    ExtractionServiceBlockingStub extraction;

    @TestHTTPResource("/q/health/ready")
    URI ready;

    @Test
    void saysWhichVersionAnswersAndTheConfiguredLimits() {
        DescribeExtractorResponse described = extraction.describeExtractor(DescribeExtractorRequest.getDefaultInstance());

        assertThat(described.getExtractorVersion()).isEqualTo(ClaimExtractor.VERSION);
        // src/test/resources/application.properties
        assertThat(described.getConcurrency()).isEqualTo(2);
        assertThat(described.getQueueCapacity()).isEqualTo(16);
        assertThat(described.getMaxTextChars()).isEqualTo(1_000_000);
    }

    @Test
    void theVersionDescribedIsTheOneEveryAnswerCarries() {
        String described = extraction.describeExtractor(DescribeExtractorRequest.getDefaultInstance()).getExtractorVersion();

        assertThat(extraction.extractClaims(request(MAREN_QUOTE)).getClaimSet().getExtractorVersion()).isEqualTo(described);
    }

    @Test
    void readyOnceTheModelsAreLoaded() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ready).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"extraction\"").contains("UP").contains(ClaimExtractor.VERSION);
    }
}
