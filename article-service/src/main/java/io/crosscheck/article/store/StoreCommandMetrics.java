package io.crosscheck.article.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.BsonValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every command the driver sends to the store, as {@code crosscheck_store_command_seconds} tagged with the
 * command ("find", "insert", "update", ...), the collection and the outcome. The driver reports the elapsed time; the
 * collection comes from the started event, matched by request id. Commands outside the data path (handshakes,
 * heartbeats, index creation) are tagged as they are but hold no collection.
 */
final class StoreCommandMetrics implements CommandListener {
    /** The commands whose first field names the collection they act on. */
    private static final Set<String> ON_COLLECTION = Set.of("find", "insert", "update", "delete", "aggregate", "count",
            "distinct", "findAndModify", "getMore", "createIndexes");
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final MeterRegistry meters;
    private final Map<Integer, String> collections = new ConcurrentHashMap<>();

    StoreCommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (ON_COLLECTION.contains(event.getCommandName())) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            if (target != null && target.isString()) {
                collections.put(event.getRequestId(), target.asString().getValue());
            }
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        record(event.getRequestId(), event.getCommandName(), "ok", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        record(event.getRequestId(), event.getCommandName(), "failed", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    private void record(int requestId, String command, String outcome, long nanos) {
        String collection = collections.remove(requestId);
        if (!ON_COLLECTION.contains(command)) {
            return;
        }
        Timer.builder("crosscheck.store.command").description("Time of one command to MongoDB, as the driver measures it")
                .tag("command", command).tag("collection", collection == null ? "" : collection).tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS).register(meters).record(nanos, TimeUnit.NANOSECONDS);
    }
}
