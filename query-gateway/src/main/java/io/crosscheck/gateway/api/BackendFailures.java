package io.crosscheck.gateway.api;

import io.crosscheck.gateway.client.BackendException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.jboss.logging.Logger;

import java.util.Locale;

/** Backend failures in words a user can act on: which backend failed, at which address, and what that costs. */
public final class BackendFailures {
    private static final Logger LOG = Logger.getLogger(BackendFailures.class);

    private BackendFailures() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof BackendException e) {
            String backend = e.backend().label();
            Status status = e.status();
            return switch (status.getCode()) {
                case UNAVAILABLE -> backend + " is unreachable at " + e.address() + why(status) + ": "
                        + e.backend().whileDown() + " until it is back; try again later";
                case DEADLINE_EXCEEDED -> backend + " at " + e.address() + " did not answer in time" + why(status) + ": "
                        + e.backend().whileDown() + " while it is this slow; try again later or ask for fewer articles";
                case RESOURCE_EXHAUSTED -> backend + " is overloaded" + why(status) + "; try again shortly";
                default -> backend + " failed with " + codeWords(status.getCode()) + why(status);
            };
        }
        if (failure instanceof StatusRuntimeException e) {
            return "a backend service failed with " + codeWords(e.getStatus().getCode()) + why(e.getStatus());
        }
        // Not a backend's answer: a bug here. The log gets the stack trace; the client a reason without internals.
        LOG.error("Unexpected failure while covering an article", failure);
        return "the gateway failed on this article (logged); try again or report it";
    }

    /** The backend's own description, when it gave one: " (io exception)". */
    private static String why(Status status) {
        String description = status.getDescription();
        return description == null || description.isBlank() ? "" : " (" + description + ")";
    }

    private static String codeWords(Status.Code code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
