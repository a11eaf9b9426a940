package io.crosscheck.gateway.api;

import io.grpc.StatusRuntimeException;

/** Backend failures in words a user can act on. */
public final class BackendFailures {
    private BackendFailures() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof StatusRuntimeException e) {
            String what = e.getStatus().getDescription() == null ? "" : ": " + e.getStatus().getDescription();
            return switch (e.getStatus().getCode()) {
                case UNAVAILABLE -> "a backend service is unreachable" + what;
                case DEADLINE_EXCEEDED -> "a backend service did not answer in time" + what;
                case RESOURCE_EXHAUSTED -> "extraction is overloaded" + what;
                default -> e.getStatus().getCode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + what;
            };
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
