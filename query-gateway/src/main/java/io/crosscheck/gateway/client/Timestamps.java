package io.crosscheck.gateway.client;

import com.google.protobuf.Timestamp;

import java.time.Instant;

/** Instants to protobuf timestamps and back. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Timestamp of(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    public static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
}
