package io.crosscheck.article.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit: a writer returns only after a commit that started after its write, and concurrent writers share
 * commits. The "store" here is a counter of writes; a commit makes the writes it saw at its start durable.
 */
class DurableCommitsTest {
    private static final int WRITERS = 24;
    private static final int WRITES_EACH = 20;

    @Test
    void everyWriterWaitsForACommitThatStartedAfterItsWriteAndWritersShareCommits() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong durable = new AtomicLong();
        DurableCommits commits = new DurableCommits(() -> {
            long seen = written.get();
            sleep(5); // a commit and an fsync take time; writers arrive meanwhile
            durable.accumulateAndGet(seen, Math::max);
        }, "test-committer");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        long mine = written.incrementAndGet();
                        commits.awaitDurable();
                        assertThat(durable.get()).as("durable writes once acknowledged").isGreaterThanOrEqualTo(mine);
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            commits.close();
        }
        assertThat(durable.get()).isEqualTo(WRITERS * WRITES_EACH);
        // One commit per write would be 480; shared, far fewer.
        assertThat(commits.commits()).isLessThan(WRITERS * WRITES_EACH / 3);
    }

    @Test
    void aFailedCommitFailsItsWritersAndTheNextCommitServesLaterOnes() {
        AtomicBoolean failNext = new AtomicBoolean(true);
        DurableCommits commits = new DurableCommits(() -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
        }, "test-committer");
        try {
            assertThatThrownBy(commits::awaitDurable).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not commit").hasRootCauseMessage("disk full");
            commits.awaitDurable();
            assertThat(commits.commits()).isEqualTo(2);
        } finally {
            commits.close();
        }
    }

    @Test
    void aWriterStillWaitingWhenTheStoreClosesIsNotAcknowledged() throws Exception {
        DurableCommits commits = new DurableCommits(() -> sleep(300), "test-committer");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(commits::awaitDurable);
            sleep(50); // the first commit is running
            Future<?> second = pool.submit(commits::awaitDurable);
            sleep(50);
            commits.close();
            first.get(5, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed before the write was synced");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
