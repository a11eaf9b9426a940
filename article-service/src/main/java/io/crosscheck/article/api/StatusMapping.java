package io.crosscheck.article.api;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.crosscheck.article.domain.ConcurrentChangeException;
import io.crosscheck.article.domain.InvalidInputException;
import io.crosscheck.article.domain.NotFoundException;
import io.crosscheck.grpc.GrpcErrors;
import io.grpc.StatusRuntimeException;
import org.jboss.logging.Logger;

/** Domain and store failures to canonical gRPC codes; anything unforeseen is logged and answered INTERNAL. */
final class StatusMapping {
    private static final Logger LOG = Logger.getLogger(StatusMapping.class);

    private StatusMapping() {
    }

    static StatusRuntimeException toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException status) {
            return status;
        }
        if (failure instanceof InvalidInputException invalid) {
            return GrpcErrors.invalidArgument(invalid.field(), invalid.getMessage());
        }
        if (failure instanceof NotFoundException notFound) {
            return GrpcErrors.notFound(notFound.getMessage());
        }
        if (failure instanceof ConcurrentChangeException conflict) {
            return GrpcErrors.aborted(conflict.getMessage());
        }
        if (failure instanceof MongoTimeoutException || failure instanceof MongoSocketException) {
            LOG.warn("MongoDB is unreachable", failure);
            return GrpcErrors.unavailable("the article store cannot reach MongoDB; try again later");
        }
        LOG.error("Unexpected failure", failure);
        return GrpcErrors.internal("unexpected error in article-service; the server log has the details");
    }
}
