package io.crosscheck.extraction.api;

import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.crosscheck.extraction.api.GrpcAssert.invalidArgument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The two limits on one request: a message over quarkus.grpc.server.max-inbound-message-size (8 MiB) is refused by the
 * transport with RESOURCE_EXHAUSTED before it is read; one within it but with a text over max-text-chars is
 * INVALID_ARGUMENT naming the text and the limit, before it waits in the queue.
 */
@QuarkusTest
class MessageSizeGrpcTest {
    @GrpcClient("extraction")
    ExtractionServiceBlockingStub extraction;

    @Test
    void aMessageOverTheLimitIsResourceExhausted() {
        ExtractClaimsRequest request = ExtractClaimsRequest.newBuilder().setText("Ships waited. ".repeat(650_000)).build();
        assertThat(request.getSerializedSize()).isGreaterThan(8 * 1024 * 1024);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> extraction.extractClaims(request));

        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    @Test
    void aTextOverTheCharacterLimitWithinTheMessageLimitIsInvalidArgument() {
        ExtractClaimsRequest request = ExtractClaimsRequest.newBuilder().setText("Ships waited. ".repeat(100_000)).build();
        assertThat(request.getSerializedSize()).isLessThan(8 * 1024 * 1024);

        StatusRuntimeException e = invalidArgument("text", () -> extraction.extractClaims(request));

        assertThat(e.getStatus().getDescription()).contains("1400000").contains("1000000");
    }
}
