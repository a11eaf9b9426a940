package io.crosscheck.article.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the service's own search index (TermIndex, embedded store only) has been read from the store at start. A
 * bean of its own, so that readiness can report the load while the repository that does it is still being built:
 * until the index holds every stored article, the service must not be sent questions it would answer wrongly or only
 * after minutes (reading 100,000 articles takes about a minute on two cores).
 */
@ApplicationScoped
public class SearchIndexLoad {
    private final boolean needed;
    private final AtomicLong articlesRead = new AtomicLong();
    private volatile boolean finished;

    @Inject
    public SearchIndexLoad(MongoStore store) {
        this(store.searchesOwnIndex());
    }

    SearchIndexLoad(boolean needed) {
        this.needed = needed;
    }

    void read(long articles) {
        articlesRead.set(articles);
    }

    void finished() {
        finished = true;
    }

    /** Whether queries may be answered: the index holds every stored article, or this store needs none (MongoDB). */
    public boolean ready() {
        return finished || !needed;
    }

    /** Whether this store is searched through the service's own index (the embedded store). */
    public boolean needed() {
        return needed;
    }

    public long articlesRead() {
        return articlesRead.get();
    }
}
