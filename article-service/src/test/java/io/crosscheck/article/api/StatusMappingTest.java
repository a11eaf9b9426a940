package io.crosscheck.article.api;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.crosscheck.article.domain.ConcurrentChangeException;
import io.crosscheck.article.domain.InvalidInputException;
import io.crosscheck.article.domain.NotFoundException;
import io.crosscheck.grpc.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures to canonical codes, without Quarkus: the cases the store cannot be made to produce on demand. */
class StatusMappingTest {

    @Test
    void invalidInputIsInvalidArgumentNamingTheField() {
        StatusRuntimeException e = StatusMapping.toStatus(new InvalidInputException("article.url", "url is required"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(e.getStatus().getDescription()).isEqualTo("article.url: url is required");
        assertThat(GrpcErrors.violatedField(e)).isEqualTo("article.url");
    }

    @Test
    void notFoundIsNotFound() {
        StatusRuntimeException e = StatusMapping.toStatus(new NotFoundException("no article has id 'x'"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(e.getStatus().getDescription()).isEqualTo("no article has id 'x'");
    }

    @Test
    void unreachableMongoIsUnavailable() {
        assertThat(StatusMapping.toStatus(new MongoTimeoutException("no server")).getStatus().getCode())
                .isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(StatusMapping.toStatus(new MongoSocketOpenException("refused", new ServerAddress("db", 27017)))
                .getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void unsettledConcurrentChangeIsAbortedSayingToRetry() {
        StatusRuntimeException e = StatusMapping.toStatus(new ConcurrentChangeException("stored and deleted; try again"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(e.getStatus().getDescription()).isEqualTo("stored and deleted; try again");
    }

    @Test
    void anythingElseIsInternalWithoutLeakingDetails() {
        StatusRuntimeException e = StatusMapping.toStatus(new IllegalStateException("secret connection string"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(e.getStatus().getDescription()).doesNotContain("secret");
    }

    @Test
    void statusesPassThrough() {
        StatusRuntimeException given = Status.DEADLINE_EXCEEDED.asRuntimeException();
        assertThat(StatusMapping.toStatus(given)).isSameAs(given);
    }
}
