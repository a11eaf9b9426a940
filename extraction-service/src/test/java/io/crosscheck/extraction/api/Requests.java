package io.crosscheck.extraction.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;

import java.time.Instant;

/** Requests the gRPC tests send: fictional news text published on Wednesday 2025-11-26. */
final class Requests {
    /** A Wednesday: "on Tuesday" is 2025-11-25, "last week" 2025-W47. */
    static final Instant PUBLISHED = Instant.parse("2025-11-26T10:00:00Z");

    static final String MAREN_QUOTE = "“We will rebuild the bridge by June,” Mayor Ilse Maren said on Tuesday.";

    private Requests() {
    }

    static ExtractClaimsRequest request(String text) {
        return ExtractClaimsRequest.newBuilder().setText(text).setPublishedTime(timestamp(PUBLISHED)).build();
    }

    static ExtractClaimsRequest request(String id, String text) {
        return request(text).toBuilder().setRequestId(id).build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
