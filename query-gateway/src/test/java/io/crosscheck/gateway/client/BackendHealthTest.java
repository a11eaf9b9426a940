package io.crosscheck.gateway.client;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** How calls and probes move a backend's state. */
class BackendHealthTest {
    private static final String ADDRESS = "127.0.0.1:9102";

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static BackendException failure(Status status) {
        return new BackendException(Backend.EXTRACTION, ADDRESS, status.asRuntimeException());
    }

    @Test
    void unknownUntilSeenThenUpOrDown() {
        BackendHealth health = new BackendHealth(new Hands());
        assertThat(health.state(Backend.EXTRACTION).known()).isFalse();
        assertThat(health.knownDown(Backend.EXTRACTION)).isFalse();

        health.probed(Backend.EXTRACTION, ADDRESS, Status.UNAVAILABLE.withDescription("io exception").asRuntimeException());
        assertThat(health.knownDown(Backend.EXTRACTION)).isTrue();
        assertThat(health.state(Backend.EXTRACTION).failure().status().getDescription()).isEqualTo("io exception");
        assertThat(health.state(Backend.EXTRACTION).seenBy()).isEqualTo("the health probe");

        health.probed(Backend.EXTRACTION, ADDRESS, null);
        assertThat(health.state(Backend.EXTRACTION).up()).isTrue();
        assertThat(health.state(Backend.EXTRACTION).failure()).isNull();
        assertThat(health.state(Backend.ARTICLE_STORE).known()).as("each backend on its own").isFalse();
    }

    @Test
    void onlyUnavailableTakesABackendDown() {
        BackendHealth health = new BackendHealth(new Hands());
        health.callFailed(failure(Status.RESOURCE_EXHAUSTED));
        health.callFailed(failure(Status.DEADLINE_EXCEEDED));
        health.callFailed(failure(Status.NOT_FOUND));
        assertThat(health.state(Backend.EXTRACTION).up()).isTrue();
        health.callFailed(failure(Status.UNAVAILABLE));
        assertThat(health.knownDown(Backend.EXTRACTION)).isTrue();
        assertThat(health.state(Backend.EXTRACTION).seenBy()).isEqualTo("a call");
    }

    @Test
    void aFailedCallOutweighsAProbeForOneIntervalAndASucceedingCallDoesNot() {
        Hands clock = new Hands();
        BackendHealth health = new BackendHealth(clock);
        health.callFailureWeight(Duration.ofSeconds(10));
        health.callFailed(failure(Status.UNAVAILABLE));
        Instant downSince = health.state(Backend.EXTRACTION).since();

        clock.now = clock.now.plusSeconds(5);
        health.probed(Backend.EXTRACTION, ADDRESS, null);
        assertThat(health.knownDown(Backend.EXTRACTION)).as("the store behind it may be what is down").isTrue();
        assertThat(health.state(Backend.EXTRACTION).since()).isEqualTo(downSince);

        clock.now = clock.now.plusSeconds(6);
        health.probed(Backend.EXTRACTION, ADDRESS, null);
        assertThat(health.state(Backend.EXTRACTION).up()).isTrue();
        assertThat(health.state(Backend.EXTRACTION).since()).isEqualTo(clock.now);

        health.callFailed(failure(Status.UNAVAILABLE));
        health.callAnswered(Backend.EXTRACTION, ADDRESS);
        assertThat(health.state(Backend.EXTRACTION).up()).isTrue();
    }
}
