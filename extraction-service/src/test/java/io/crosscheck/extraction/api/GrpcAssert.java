package io.crosscheck.extraction.api;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.crosscheck.grpc.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Assertions on the house error convention: canonical code, a message naming the field, google.rpc details. */
final class GrpcAssert {
    private GrpcAssert() {
    }

    /** The call fails with that code and an ErrorInfo in the Crosscheck domain. */
    static StatusRuntimeException failsWith(Status.Code code, ThrowingCallable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call);
        assertThat(e).as("the call should fail with %s", code).isNotNull();
        assertThat(e.getStatus().getCode()).as("status of: %s", e.getStatus().getDescription()).isEqualTo(code);
        assertThat(e.getStatus().getDescription()).as("a message a person can act on").isNotBlank();
        assertErrorInfo(e);
        return e;
    }

    /** The call fails with INVALID_ARGUMENT whose BadRequest names exactly that field, as does the message. */
    static StatusRuntimeException invalidArgument(String field, ThrowingCallable call) {
        StatusRuntimeException e = failsWith(Status.Code.INVALID_ARGUMENT, call);
        assertThat(GrpcErrors.violatedField(e)).as("BadRequest field of: %s", e.getStatus().getDescription())
                .isEqualTo(field);
        assertThat(e.getStatus().getDescription()).startsWith(field + ": ");
        return e;
    }

    static void assertErrorInfo(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status).as("google.rpc.Status details of %s", e.getStatus()).isNotNull();
        assertThat(status.getDetailsList()).anySatisfy(detail -> {
            assertThat(detail.is(ErrorInfo.class)).isTrue();
            assertThat(unpack(detail).getDomain()).isEqualTo(GrpcErrors.DOMAIN);
        });
    }

    private static ErrorInfo unpack(Any detail) {
        try {
            return detail.unpack(ErrorInfo.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("ErrorInfo detail does not parse", e);
        }
    }
}
