package io.crosscheck.gateway.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the gateway last saw of each backend: up or down, since when, seen by what, and the failure that took it down.
 * Real calls report their outcome ({@link GrpcClaimSources}), and {@link BackendProbe} asks each backend's gRPC health
 * service on a schedule, so a backend nobody calls is still watched. A call that found a backend unavailable outweighs a
 * probe that reaches it shortly after: article-service answers the probe while MongoDB behind it is down, and answers
 * every real call UNAVAILABLE; it is down for the gateway until a real call succeeds or one probe interval has passed.
 */
@ApplicationScoped
public class BackendHealth {

    /** One backend's state; {@code failure} is null while up. */
    public record State(Backend backend, boolean up, boolean known, Instant since, String seenBy,
            String address, BackendException failure) {
    }

    private final Map<Backend, State> states = new EnumMap<>(Backend.class);
    private final Map<Backend, Instant> lastCallFailure = new EnumMap<>(Backend.class);
    private final Clock clock;
    private volatile Duration callFailureWeight = Duration.ofSeconds(10);

    public BackendHealth() {
        this(Clock.systemUTC());
    }

    BackendHealth(Clock clock) {
        this.clock = clock;
        for (Backend b : Backend.values()) {
            states.put(b, new State(b, false, false, clock.instant(), "nothing yet", "", null));
        }
    }

    /** How long a real call's failure outweighs probes that reach the backend: one probe interval. */
    public void callFailureWeight(Duration weight) {
        this.callFailureWeight = weight;
    }

    public synchronized State state(Backend backend) {
        return states.get(backend);
    }

    /** Whether the backend was last seen down (not merely unknown). */
    public synchronized boolean knownDown(Backend backend) {
        State s = states.get(backend);
        return s.known() && !s.up();
    }

    /** A real call got an answer: the backend is up, whatever the answer said. */
    synchronized void callAnswered(Backend backend, String address) {
        lastCallFailure.remove(backend);
        set(backend, true, "a call", address, null);
    }

    /**
     * A real call failed. Only failures that mean the backend cannot serve take it down: UNAVAILABLE (not reachable,
     * or its own store is down). A refusal, an overload or a slow answer is an answer.
     */
    synchronized void callFailed(BackendException failure) {
        if (failure.status().getCode() != Status.Code.UNAVAILABLE) {
            callAnswered(failure.backend(), failure.address());
            return;
        }
        lastCallFailure.put(failure.backend(), clock.instant());
        set(failure.backend(), false, "a call", failure.address(), failure);
    }

    /** The probe's answer: serving, or the failure (a health status other than SERVING counts as UNAVAILABLE). */
    synchronized void probed(Backend backend, String address, StatusRuntimeException failure) {
        if (failure == null) {
            Instant callFailed = lastCallFailure.get(backend);
            if (callFailed != null && callFailed.plus(callFailureWeight).isAfter(clock.instant())) {
                return;
            }
            lastCallFailure.remove(backend);
            set(backend, true, "the health probe", address, null);
        } else {
            set(backend, false, "the health probe", address,
                    new BackendException(backend, address, failure));
        }
    }

    private void set(Backend backend, boolean up, String seenBy, String address, BackendException failure) {
        State before = states.get(backend);
        Instant since = before.known() && before.up() == up ? before.since() : clock.instant();
        states.put(backend, new State(backend, up, true, since, seenBy, address, failure));
    }
}
