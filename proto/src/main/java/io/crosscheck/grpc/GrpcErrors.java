package io.crosscheck.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * The house error convention for every Crosscheck gRPC service: a canonical code, a message a
 * person can act on, and google.rpc details a program can act on (ErrorInfo always, BadRequest
 * with the offending field for INVALID_ARGUMENT).
 */
public final class GrpcErrors {
    /** The ErrorInfo domain of every Crosscheck error. */
    public static final String DOMAIN = "crosscheck.io";

    private GrpcErrors() {
    }

    /** INVALID_ARGUMENT naming the field (proto path, e.g. "article.url") and what is wrong with it. */
    public static StatusRuntimeException invalidArgument(String field, String description) {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(field == null || field.isEmpty() ? description : field + ": " + description)
                .addDetails(Any.pack(errorInfo("INVALID_ARGUMENT", field)))
                .addDetails(Any.pack(BadRequest.newBuilder()
                        .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                                .setField(field == null ? "" : field).setDescription(description))
                        .build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    public static StatusRuntimeException notFound(String description) {
        return simple(Code.NOT_FOUND, "NOT_FOUND", description);
    }

    public static StatusRuntimeException unavailable(String description) {
        return simple(Code.UNAVAILABLE, "BACKEND_UNAVAILABLE", description);
    }

    public static StatusRuntimeException resourceExhausted(String description) {
        return simple(Code.RESOURCE_EXHAUSTED, "OVERLOADED", description);
    }

    /** A write that met a concurrent change it could not settle; the client may retry it as it is. */
    public static StatusRuntimeException aborted(String description) {
        return simple(Code.ABORTED, "CONCURRENT_CHANGE", description);
    }

    public static StatusRuntimeException internal(String description) {
        return simple(Code.INTERNAL, "INTERNAL", description);
    }

    /** The BadRequest field of a status built by {@link #invalidArgument}, or "" when it has none. */
    public static String violatedField(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return "";
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                try {
                    BadRequest bad = detail.unpack(BadRequest.class);
                    return bad.getFieldViolationsCount() > 0 ? bad.getFieldViolations(0).getField() : "";
                } catch (com.google.protobuf.InvalidProtocolBufferException ignored) {
                    return "";
                }
            }
        }
        return "";
    }

    private static StatusRuntimeException simple(Code code, String reason, String description) {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(description)
                .addDetails(Any.pack(errorInfo(reason, null)))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    private static ErrorInfo errorInfo(String reason, String field) {
        ErrorInfo.Builder info = ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN);
        if (field != null && !field.isEmpty()) {
            info.putMetadata("field", field);
        }
        return info.build();
    }
}
