package io.crosscheck.gateway.api;

import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.DescribeExtractorResponse;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc;
import io.crosscheck.gateway.security.ApiKeys;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The gRPC side of the API-key rule, on a plain gRPC server on loopback with a stand-in service (the gateway's own gRPC
 * QueryService gets the interceptor as a global one): no key or a wrong one is UNAUTHENTICATED before the service
 * runs; a configured key in x-api-key or authorization metadata passes.
 */
class GrpcApiKeyInterceptorTest {
    private static final String KEY = "cc_grpc_key";

    private Server server;
    private ManagedChannel channel;
    private int served;

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    @Test
    void withoutAValidKeyTheCallEndsUnauthenticatedBeforeTheService() throws IOException {
        start(ApiKeys.of(List.of(ApiKeys.hashOf(KEY))));

        for (Metadata headers : List.of(new Metadata(), metadata(GrpcApiKeyInterceptor.API_KEY, "wrong"),
                metadata(GrpcApiKeyInterceptor.AUTHORIZATION, "Bearer wrong"), metadata(GrpcApiKeyInterceptor.AUTHORIZATION, KEY))) {
            StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> call(headers));
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(e.getStatus().getDescription()).isEqualTo(ApiKeys.REFUSAL);
        }
        assertThat(served).isZero();
    }

    @Test
    void aConfiguredKeyInEitherMetadataEntryPasses() throws IOException {
        start(ApiKeys.of(List.of(ApiKeys.hashOf(KEY))));

        assertThat(call(metadata(GrpcApiKeyInterceptor.API_KEY, KEY)).getExtractorVersion()).isEqualTo("stand-in");
        assertThat(call(metadata(GrpcApiKeyInterceptor.AUTHORIZATION, "Bearer " + KEY)).getExtractorVersion()).isEqualTo("stand-in");
        assertThat(served).isEqualTo(2);
    }

    @Test
    void withoutConfiguredKeysEveryCallPasses() throws IOException {
        start(ApiKeys.none());

        assertThat(call(new Metadata()).getExtractorVersion()).isEqualTo("stand-in");
    }

    private void start(ApiKeys keys) throws IOException {
        ExtractionServiceGrpc.ExtractionServiceImplBase service = new ExtractionServiceGrpc.ExtractionServiceImplBase() {
            @Override
            public void describeExtractor(DescribeExtractorRequest request, StreamObserver<DescribeExtractorResponse> answer) {
                served++;
                answer.onNext(DescribeExtractorResponse.newBuilder().setExtractorVersion("stand-in").build());
                answer.onCompleted();
            }
        };
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).directExecutor()
                .addService(ServerInterceptors.intercept(service, new GrpcApiKeyInterceptor(keys))).build().start();
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.getPort(), InsecureChannelCredentials.create()).build();
    }

    private DescribeExtractorResponse call(Metadata headers) {
        return ExtractionServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .describeExtractor(DescribeExtractorRequest.getDefaultInstance());
    }

    private static Metadata metadata(Metadata.Key<String> key, String value) {
        Metadata m = new Metadata();
        m.put(key, value);
        return m;
    }
}
