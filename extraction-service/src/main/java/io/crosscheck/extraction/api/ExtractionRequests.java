package io.crosscheck.extraction.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.grpc.TimestampRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** ExtractClaimsRequest to what the scheduler takes; mapping only, every time range-checked. */
final class ExtractionRequests {
    private ExtractionRequests() {
    }

    /**
     * The day relative dates resolve against: the publish day (UTC), or today when the request has no publish time.
     *
     * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT on published_time outside {@link TimestampRange}
     */
    static LocalDate publishDate(ExtractClaimsRequest request, Clock clock) {
        if (!request.hasPublishedTime()) {
            return LocalDate.now(clock.withZone(ZoneOffset.UTC));
        }
        Timestamp t = request.getPublishedTime();
        return TimestampRange.toInstant(t, "published_time").atZone(ZoneOffset.UTC).toLocalDate();
    }
}
