package io.crosscheck.article.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Locale;
import java.util.Set;

/**
 * The embedded server's H2 backend, answering a write that asks for the journal only once it is on disk: after the
 * write is applied, it waits for {@link DurableCommits} (MVStore commit, then fsync of the file) before the reply goes
 * out. The rule is MongoDB's: {@code j: true} means durable; {@code w: "majority"} without {@code j} means durable too
 * (MongoDB's default {@code writeConcernMajorityJournalDefault}); {@code j: false}, or no write concern, is
 * acknowledged once applied in memory and reaches disk with the next commit. article-service writes with
 * {@code w: "majority", j: true} (MongoStore).
 */
final class DurableH2Backend extends H2Backend {
    /** Commands that change data or collections (lower case). */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create", "drop",
            "dropdatabase", "createindexes", "dropindexes", "renamecollection");

    private final DurableCommits commits;

    DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new DurableCommits(() -> {
            store.commit();
            store.sync();
        }, "embedded-store-committer");
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply = super.handleCommand(channel, database, command, query);
        // Also when some items of an unordered insert failed: the others were written and are acknowledged.
        if (WRITES.contains(command.toLowerCase(Locale.ROOT)) && wantsJournal(query.get("writeConcern"))) {
            commits.awaitDurable();
        }
        return reply;
    }

    /** Whether the write concern asks for the write to be durable before it is acknowledged (MongoDB's rule). */
    static boolean wantsJournal(Object writeConcern) {
        if (!(writeConcern instanceof Document concern)) {
            return false;
        }
        Object j = concern.get("j");
        if (j instanceof Boolean b) {
            return b;
        }
        if (j instanceof Number n) {
            return n.intValue() != 0;
        }
        return "majority".equals(concern.get("w"));
    }

    /** Waits until every write applied so far is on disk (an "already stored" answer is an acknowledgement too). */
    void awaitDurable() {
        commits.awaitDurable();
    }

    /** How many commit-and-syncs have run (group commit: fewer than the writes that waited for them). */
    long commits() {
        return commits.commits();
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }
}
