package io.crosscheck.grpc;

import com.google.protobuf.Timestamp;

import java.time.Instant;

/**
 * The range every Crosscheck service accepts for a {@code google.protobuf.Timestamp}: the one its own definition
 * gives, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z, with nanos in 0..999,999,999. Outside it a client
 * gets INVALID_ARGUMENT naming the field, never an overflow answered INTERNAL.
 */
public final class TimestampRange {
    /** 0001-01-01T00:00:00Z. */
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    /** 9999-12-31T23:59:59.999999999Z. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final int MAX_NANOS = 999_999_999;

    private TimestampRange() {
    }

    /** What is wrong with the timestamp, to follow "field: ", or null when it is within the range. */
    public static String violation(Timestamp t) {
        if (t.getNanos() < 0 || t.getNanos() > MAX_NANOS) {
            return "nanos must be within 0..999999999, got " + t.getNanos();
        }
        if (t.getSeconds() < MIN.getEpochSecond() || t.getSeconds() > MAX.getEpochSecond()) {
            return "must be within " + MIN + ".." + MAX + " (seconds " + MIN.getEpochSecond() + ".."
                    + MAX.getEpochSecond() + "), got seconds " + t.getSeconds();
        }
        return null;
    }

    /**
     * The instant of a timestamp within the range.
     *
     * @param field the proto path of the field, e.g. "published_time"
     * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT naming the field when it is outside the range
     */
    public static Instant toInstant(Timestamp t, String field) {
        String violation = violation(t);
        if (violation != null) {
            throw GrpcErrors.invalidArgument(field, violation);
        }
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    /** Whether an instant is within the range (for times that arrive in other forms, such as page tokens). */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(MIN) && !instant.isAfter(MAX);
    }
}
