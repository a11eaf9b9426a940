package io.crosscheck.article.store;

/**
 * Group commit for the embedded store: {@link #awaitDurable()} returns once everything written before it was called
 * is committed and synced to disk.
 *
 * <p>Why: the H2 MVStore under the embedded server keeps writes in memory and commits them in the background about
 * once a second, and nothing syncs the file; so the server acknowledged writes that a {@code kill -9} (or a power cut)
 * then lost: about 18% of the articles acknowledged in a crash test, those of the last 0.1-0.75 s. A system of record
 * must not acknowledge what it can lose, so an acknowledgement waits for a commit and an fsync, as MongoDB's journal
 * does with {@code j: true}.
 *
 * <p>How: one committer thread runs commit-and-sync in a loop while anyone waits. A writer waits for the next commit
 * that <em>starts</em> after it asked (a commit already running may have begun before its write), so writers that
 * arrive while a commit runs all wait for the following one and share its fsync: under load one sync serves many
 * acknowledgements, and a lone writer pays one commit and one sync.
 */
final class DurableCommits implements AutoCloseable {
    private final Runnable commitAndSync;
    private final Thread committer;
    private final Object lock = new Object();
    /** Commits started, and commits finished (successfully or not); guarded by lock. */
    private long started;
    private long finished;
    /** The highest commit number a waiter needs; guarded by lock. */
    private long wanted;
    /** The last commit that succeeded (it covers every write before it started), and the last failure; guarded by lock. */
    private long succeeded;
    private RuntimeException failure;
    private boolean closed;
    /** Commits that ran, for tests and metrics. */
    private long commits;

    /** @param commitAndSync writes everything written so far to disk and syncs the file; throws when it cannot */
    DurableCommits(Runnable commitAndSync, String name) {
        this.commitAndSync = commitAndSync;
        this.committer = new Thread(this::run, name);
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Returns once a commit and sync that started after this call has finished: every write that completed before the
     * call is then on disk.
     *
     * @throws IllegalStateException when that commit failed or the store is closing (the write is not durable)
     */
    void awaitDurable() {
        boolean interrupted = false;
        try {
            synchronized (lock) {
                long mine = started + 1;
                if (mine > wanted) {
                    wanted = mine;
                    lock.notifyAll();
                }
                while (finished < mine) {
                    if (closed && started < mine) { // no commit will start any more; one already running ends
                        throw new IllegalStateException("the embedded store closed before the write was synced to disk");
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // The write is already done; an acknowledgement must still wait for the disk.
                        interrupted = true;
                    }
                }
                if (succeeded < mine) {
                    throw new IllegalStateException("the embedded store could not commit and sync the write to disk", failure);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many commit-and-syncs have run. */
    long commits() {
        synchronized (lock) {
            return commits;
        }
    }

    private void run() {
        while (true) {
            long number;
            synchronized (lock) {
                while (wanted <= started && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    lock.notifyAll();
                    return;
                }
                number = ++started;
            }
            RuntimeException failed = null;
            try {
                commitAndSync.run();
            } catch (RuntimeException e) {
                failed = e;
            }
            synchronized (lock) {
                finished = number;
                commits++;
                if (failed == null) {
                    succeeded = number;
                } else {
                    failure = failed;
                }
                lock.notifyAll();
            }
        }
    }

    /** Stops the committer after the commit it is running; writers still waiting get an exception. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
