package io.crosscheck.gateway.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * A call to a backend failed: which backend, at which address, and the gRPC status it ended with. The client layer
 * throws it for every failed call, so an answer can say which service failed, not just that one did.
 */
public class BackendException extends RuntimeException {
    private final Backend backend;
    private final String address;

    public BackendException(Backend backend, String address, StatusRuntimeException failure) {
        super(backend.label() + " at " + address + " failed: " + failure.getStatus(), failure);
        this.backend = backend;
        this.address = address;
    }

    public Backend backend() {
        return backend;
    }

    /** The host:port the gateway dialled. */
    public String address() {
        return address;
    }

    public Status status() {
        return grpcFailure().getStatus();
    }

    /** The failure as the stub threw it, with its trailers (the google.rpc details of a refusal). */
    public StatusRuntimeException grpcFailure() {
        return (StatusRuntimeException) getCause();
    }
}
