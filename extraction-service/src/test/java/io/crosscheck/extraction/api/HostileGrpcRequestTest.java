package io.crosscheck.extraction.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceBlockingStub;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceStub;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.crosscheck.extraction.api.GrpcAssert.failsWith;
import static io.crosscheck.extraction.api.GrpcAssert.invalidArgument;
import static io.crosscheck.extraction.api.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile extract requests, one table: publish times far outside the Timestamp range, odd languages, malformed
 * protobuf bytes, a message over the transport's limit. Each is refused with its canonical code (never INTERNAL or
 * UNKNOWN) and a description naming the field or the limit, before anything is queued (none needs CoreNLP to run).
 */
@QuarkusTest
class HostileGrpcRequestTest {
    private static final String TEXT = "The mayor said on Tuesday that the bridge would reopen in June.";

    @GrpcClient("extraction")
    ExtractionServiceBlockingStub extraction;

    @GrpcClient("extraction")
    Channel channel;

    record Case(String name, Status.Code code, String field, String mentions, Consumer<HostileGrpcRequestTest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> t = new ArrayList<>();
        for (long seconds : new long[] {1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE, 253_402_300_800L, -62_135_596_801L}) {
            t.add(new Case("published seconds " + seconds, Status.Code.INVALID_ARGUMENT, "published_time", "0001-01-01",
                    s -> s.extraction.extractClaims(request(TEXT).toBuilder().setPublishedTime(ts(seconds, 0)).build())));
        }
        for (int nanos : new int[] {-1, 1_000_000_000, Integer.MIN_VALUE}) {
            t.add(new Case("published nanos " + nanos, Status.Code.INVALID_ARGUMENT, "published_time", "999999999",
                    s -> s.extraction.extractClaims(request(TEXT).toBuilder().setPublishedTime(ts(0, nanos)).build())));
        }
        t.add(new Case("language of 100,000 chars", Status.Code.INVALID_ARGUMENT, "language", "35",
                s -> s.extraction.extractClaims(request(TEXT).toBuilder().setLanguage("e".repeat(100_000)).build())));
        t.add(new Case("language not English", Status.Code.INVALID_ARGUMENT, "language", "en",
                s -> s.extraction.extractClaims(request(TEXT).toBuilder().setLanguage("de\u0000\u001b").build())));
        t.add(new Case("blank text", Status.Code.INVALID_ARGUMENT, "text", "text",
                s -> s.extraction.extractClaims(request(" \n\t "))));
        for (byte[] bytes : new byte[][] {{(byte) 0xff, (byte) 0xff, (byte) 0xff}, {0x0a, 0x05, 0x01}, {0x12, 0x03, 0x08}}) {
            t.add(new Case("malformed protobuf " + bytes.length + " bytes from " + bytes[0], Status.Code.INVALID_ARGUMENT, null,
                    "crosscheck.extraction.v1.ExtractClaimsRequest", s -> s.sendRaw(bytes)));
        }
        t.add(new Case("message over 8 MiB", Status.Code.RESOURCE_EXHAUSTED, null, "8388608",
                s -> s.extraction.extractClaims(request("x".repeat(9 * 1024 * 1024)))));
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refused(Case c) {
        StatusRuntimeException e = c.field() != null
                ? invalidArgument(c.field(), () -> c.call().accept(this))
                : failsWith(c.code(), () -> c.call().accept(this));

        assertThat(e.getStatus().getCode()).isEqualTo(c.code()).isNotIn(Status.Code.INTERNAL, Status.Code.UNKNOWN);
        assertThat(e.getStatus().getDescription()).as("description of %s", c.name()).contains(c.mentions());
    }

    @Test
    void tableHoldsAtLeastTenCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(10);
    }

    /** In a stream, an item with a time out of range answers with its own error; the stream goes on. */
    @Test
    void aStreamedItemOutOfRangeIsThatItemsError() throws Exception {
        List<ExtractClaimsResponse> answers = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // Quarkus injects no async stub (only blocking, Mutiny and Channel): the async stub is made on the channel.
        ExtractionServiceStub async = ExtractionServiceGrpc.newStub(channel);
        StreamObserver<ExtractClaimsRequest> requests = async.streamExtractClaims(new StreamObserver<>() {
            @Override
            public void onNext(ExtractClaimsResponse value) {
                answers.add(value);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        requests.onNext(request("bad", TEXT).toBuilder().setPublishedTime(ts(1L << 62, 0)).build());
        requests.onNext(request("bad-nanos", TEXT).toBuilder().setPublishedTime(ts(0, -1)).build());
        requests.onCompleted();
        done.get(60, TimeUnit.SECONDS);

        assertThat(answers).hasSize(2).allSatisfy(a -> {
            assertThat(a.getError().getCode()).isEqualTo("INVALID_ARGUMENT");
            assertThat(a.getError().getMessage()).startsWith("published_time: ");
        });
    }

    private void sendRaw(byte[] bytes) {
        MethodDescriptor<byte[], byte[]> raw = ExtractionServiceGrpc.getExtractClaimsMethod().toBuilder(BYTES, BYTES).build();
        ClientCalls.blockingUnaryCall(channel, raw, CallOptions.DEFAULT, bytes);
    }

    private static Timestamp ts(long seconds, int nanos) {
        return Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos).build();
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
