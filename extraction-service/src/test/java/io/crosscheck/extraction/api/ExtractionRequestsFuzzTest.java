package io.crosscheck.extraction.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.crosscheck.extraction.domain.InvalidTextException;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.grpc.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An extract request's mapping before it is queued: the publish time range-checked into a day, the text and language
 * checked. Property: only INVALID_ARGUMENT naming published_time (StatusRuntimeException) or InvalidTextException
 * naming text or language escape, never an overflow or DateTimeException. Under plain verify this replays the seeds
 * in ExtractionRequestsFuzzTestInputs; pom.xml's fuzz execution and README "Fuzz tests" fuzz it. No CoreNLP here.
 */
class ExtractionRequestsFuzzTest {
    private static final NewsExtractor CHECKS = new NewsExtractor(null, null, 10_000);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-26T10:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10s")
    void request(FuzzedDataProvider data) {
        ExtractClaimsRequest request;
        if (data.consumeBoolean()) {
            try {
                request = ExtractClaimsRequest.parseFrom(data.consumeRemainingAsBytes());
            } catch (InvalidProtocolBufferException e) {
                return; // answered INVALID_ARGUMENT by MalformedRequests before it gets here
            }
        } else {
            ExtractClaimsRequest.Builder b = ExtractClaimsRequest.newBuilder().setLanguage(data.consumeString(50))
                    .setTitle(data.consumeString(50));
            if (data.consumeBoolean()) {
                b.setPublishedTime(Timestamp.newBuilder().setSeconds(data.consumeLong()).setNanos(data.consumeInt()));
            }
            request = b.setText(data.consumeRemainingAsString()).build();
        }
        try {
            LocalDate day = ExtractionRequests.publishDate(request, CLOCK);
            assertThat(day.getYear()).isBetween(1, 9999);
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(GrpcErrors.violatedField(e)).isEqualTo("published_time");
            assertThat(e.getStatus().getDescription()).startsWith("published_time: ");
        }
        try {
            CHECKS.validate(request.getText(), request.getLanguage());
        } catch (InvalidTextException e) {
            assertThat(e.field()).isIn("text", "language");
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(300);
        }
    }
}
