package io.crosscheck.gateway.api;

import io.crosscheck.gateway.client.Backend;
import io.crosscheck.gateway.client.BackendException;
import io.crosscheck.gateway.domain.MissingArticle;
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

    /**
     * What a failure means for the article it struck: the store's "no such article", the store down or failing, or
     * extraction failing (its claims are not stored, or the fan-out would not have asked).
     */
    public static MissingArticle.Cause cause(Throwable failure) {
        if (failure instanceof BackendException e) {
            if (e.backend() == Backend.EXTRACTION) {
                return MissingArticle.Cause.CLAIMS_NOT_STORED;
            }
            return e.status().getCode() == Status.Code.NOT_FOUND ? MissingArticle.Cause.ARTICLE_NOT_FOUND
                    : MissingArticle.Cause.ARTICLE_STORE_UNAVAILABLE;
        }
        return MissingArticle.Cause.INTERNAL;
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
