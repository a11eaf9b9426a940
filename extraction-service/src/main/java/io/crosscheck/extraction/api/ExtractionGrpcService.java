package io.crosscheck.extraction.api;

import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.InvalidTextException;
import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.DescribeExtractorResponse;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.extraction.v1.ExtractionError;
import io.crosscheck.extraction.v1.MutinyExtractionServiceGrpc;
import io.crosscheck.grpc.GrpcErrors;
import io.crosscheck.grpc.MalformedRequests;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.CompletionException;

/** The gRPC face of extraction: maps requests to the scheduler and failures to canonical codes. */
@GrpcService
public class ExtractionGrpcService extends MutinyExtractionServiceGrpc.ExtractionServiceImplBase {
    private static final Logger LOG = Logger.getLogger(ExtractionGrpcService.class);

    private final ExtractionScheduler scheduler;

    public ExtractionGrpcService(ExtractionScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Request bytes that do not parse are INVALID_ARGUMENT naming the message type (MalformedRequests). */
    @Override
    public ServerServiceDefinition bindService() {
        return MalformedRequests.refused(super.bindService());
    }

    @Override
    public Uni<ExtractClaimsResponse> extractClaims(ExtractClaimsRequest request) {
        return extract(request).onFailure().transform(ExtractionGrpcService::toStatus);
    }

    @Override
    public Multi<ExtractClaimsResponse> streamExtractClaims(Multi<ExtractClaimsRequest> requests) {
        // Items run in parallel up to the pool size; a failed item answers with its error, the stream goes on.
        return requests.onItem().transformToUni(request -> extract(request).onFailure().recoverWithItem(failure -> {
            StatusRuntimeException status = toStatus(failure);
            return ExtractClaimsResponse.newBuilder().setRequestId(request.getRequestId())
                    .setError(ExtractionError.newBuilder().setCode(status.getStatus().getCode().name())
                            .setMessage(String.valueOf(status.getStatus().getDescription())))
                    .build();
        })).merge(scheduler.concurrency());
    }

    @Override
    public Uni<DescribeExtractorResponse> describeExtractor(DescribeExtractorRequest request) {
        return Uni.createFrom().item(DescribeExtractorResponse.newBuilder()
                .setExtractorVersion(scheduler.extractor().version())
                .setMaxTextChars(scheduler.extractor().maxTextChars())
                .setConcurrency(scheduler.concurrency())
                .setQueueCapacity(scheduler.queueCapacity())
                .build());
    }

    private Uni<ExtractClaimsResponse> extract(ExtractClaimsRequest request) {
        return Uni.createFrom().deferred(() -> Uni.createFrom()
                .completionStage(scheduler.submit(request.getText(),
                        ExtractionRequests.publishDate(request, Clock.systemUTC()), request.getLanguage()))
                .map(result -> response(request, result)));
    }

    private static ExtractClaimsResponse response(ExtractClaimsRequest request, ExtractionResult result) {
        return ExtractClaimsResponse.newBuilder().setClaimSet(result.claimSet()).setRequestId(request.getRequestId())
                .setTokenCount(result.tokenCount()).setSentenceCount(result.sentenceCount()).build();
    }


    private static StatusRuntimeException toStatus(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof StatusRuntimeException status) {
            return status;
        }
        if (cause instanceof InvalidTextException invalid) {
            return GrpcErrors.invalidArgument(invalid.field(), invalid.getMessage());
        }
        if (cause instanceof OutOfMemoryError) {
            return GrpcErrors.resourceExhausted("the text needs more memory than this replica has; send a shorter text");
        }
        LOG.error("Extraction failed", cause);
        return Status.INTERNAL.withDescription("extraction failed unexpectedly; the server log has the details")
                .asRuntimeException();
    }
}
