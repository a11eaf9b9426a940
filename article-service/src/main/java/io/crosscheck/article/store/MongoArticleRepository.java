package io.crosscheck.article.store;

import com.mongodb.ErrorCategory;
import com.mongodb.WriteConcern;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.ArticleRepository;
import io.crosscheck.article.domain.PageToken;
import io.crosscheck.article.domain.PreparedArticle;
import io.crosscheck.article.domain.StoredArticle;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles in the {@code articles} collection. Indexes: unique on url and on contentHash (the
 * deduplication keys, so that concurrent writers cannot store one article twice), the listing order
 * (sortTime, _id) with and without outlet, and a multikey index on terms for keyword search. Only
 * features that both MongoDB and the embedded server support are used ($all on a multikey array,
 * not $text).
 */
@ApplicationScoped
@Startup // Built at start, not on the first request: on the embedded store that reads the search index (see loadIndex).
public class MongoArticleRepository implements ArticleRepository {
    static final String COLLECTION = "articles";
    private static final Bson WITHOUT_TEXT = Projections.exclude(
            ArticleDocuments.ORIGINAL_TEXT, ArticleDocuments.CLEANED_TEXT, ArticleDocuments.TERMS);
    /** Articles per reply while the search index is read at start (see loadIndex). */
    private static final int INDEX_LOAD_BATCH = 500;
    private static final Bson WITHOUT_TERMS = Projections.exclude(ArticleDocuments.TERMS);
    private static final Bson NEWEST_FIRST = Sorts.descending(ArticleDocuments.SORT_TIME, "_id");

    private final MongoStore store;
    private final MongoCollection<Document> articles;
    /** The search index the embedded store lacks; null on a real MongoDB, which honours its own (see TermIndex). */
    private final TermIndex index;

    @Inject
    public MongoArticleRepository(MongoStore store, SearchIndexLoad load) {
        this(store, load.needed(), load);
    }

    /** As the service builds it, without anyone watching the index load (tests). */
    MongoArticleRepository(MongoStore store) {
        this(store, store.searchesOwnIndex());
    }

    /** @param ownIndex whether to keep the service's own search index (tests use it on any store) */
    MongoArticleRepository(MongoStore store, boolean ownIndex) {
        this(store, ownIndex, new SearchIndexLoad(ownIndex));
    }

    /** @param load told how far the index has been read (readiness reports it) */
    MongoArticleRepository(MongoStore store, boolean ownIndex, SearchIndexLoad load) {
        this.store = store;
        this.articles = store.database().getCollection(COLLECTION);
        articles.createIndex(Indexes.ascending(ArticleDocuments.URL), new IndexOptions().unique(true).name("url_unique"));
        articles.createIndex(Indexes.ascending(ArticleDocuments.CONTENT_HASH),
                new IndexOptions().unique(true).name("content_hash_unique"));
        articles.createIndex(Indexes.descending(ArticleDocuments.SORT_TIME, "_id"), new IndexOptions().name("newest_first"));
        articles.createIndex(Indexes.compoundIndex(Indexes.ascending(ArticleDocuments.OUTLET),
                Indexes.descending(ArticleDocuments.SORT_TIME, "_id")), new IndexOptions().name("outlet_newest_first"));
        articles.createIndex(Indexes.ascending(ArticleDocuments.TERMS), new IndexOptions().name("terms"));
        this.index = ownIndex ? loadIndex(load) : null;
    }

    /**
     * Reads every article once, at start: its search terms and every field but the texts. Readiness stays down until
     * it is done (SearchIndexLoad), and the repository is built at start, so no request waits on it.
     */
    private TermIndex loadIndex(SearchIndexLoad load) {
        TermIndex loaded = new TermIndex();
        long read = 0;
        // Replies of a bounded number of documents: left to itself the driver asks for replies of up to 16 MB, which
        // the embedded server builds in a buffer it grows by reallocating and zeroing direct memory again and again
        // (a profile showed nearly all its time there; 100,000 articles took over 15 minutes to read).
        for (Document d : articles.find().projection(Projections.exclude(ArticleDocuments.ORIGINAL_TEXT,
                ArticleDocuments.CLEANED_TEXT)).batchSize(INDEX_LOAD_BATCH)) {
            loaded.add(ArticleDocuments.toArticle(d), d.getList(ArticleDocuments.TERMS, String.class, List.of()));
            if (++read % 1000 == 0) {
                load.read(read);
            }
        }
        load.read(read);
        load.finished();
        return loaded;
    }

    /** Whether keyword and listing queries are answered by the service's own index (the embedded store). */
    boolean searchesOwnIndex() {
        return index != null;
    }

    @Override
    public Optional<StoredArticle> findById(String id, boolean withText) {
        Document doc = articles.find(Filters.eq("_id", id)).projection(withText ? WITHOUT_TERMS : WITHOUT_TEXT).first();
        return Optional.ofNullable(doc).map(ArticleDocuments::toArticle);
    }

    @Override
    public List<StoredArticle> findByUrlsOrHashes(Collection<String> urls, Collection<String> contentHashes) {
        // Two queries, not one $or: each is answered by its unique index, where an $or of two $in
        // clauses makes the embedded server scan the whole collection.
        Map<String, StoredArticle> found = new LinkedHashMap<>();
        for (Bson filter : List.of(Filters.in(ArticleDocuments.URL, urls), Filters.in(ArticleDocuments.CONTENT_HASH, contentHashes))) {
            for (Document doc : articles.find(filter).projection(WITHOUT_TERMS)) {
                found.putIfAbsent(doc.getString("_id"), ArticleDocuments.toArticle(doc));
            }
        }
        if (!found.isEmpty()) {
            // What is found is answered as "already stored": it must be on disk before it is acknowledged, and it may
            // be another request's write whose commit is still running.
            store.awaitDurable();
        }
        return List.copyOf(found.values());
    }

    @Override
    public List<StoredArticle> insertAll(List<PreparedArticle> prepared) {
        return insertAll(prepared, articles);
    }

    @Override
    public List<StoredArticle> insertAllSyncingLater(List<PreparedArticle> prepared) {
        // Acknowledged once applied (w:1, no journal): DurableH2Backend answers such a write before its commit.
        return insertAll(prepared, store.isEmbedded() ? articles.withWriteConcern(WriteConcern.W1) : articles);
    }

    @Override
    public void awaitDurable() {
        store.awaitDurable();
    }

    private List<StoredArticle> insertAll(List<PreparedArticle> prepared, MongoCollection<Document> into) {
        // MongoDB keeps milliseconds: answer with exactly what a later read returns.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Document> docs = new ArrayList<>(prepared.size());
        List<StoredArticle> stored = new ArrayList<>(prepared.size());
        for (PreparedArticle p : prepared) {
            StoredArticle article = ArticleDocuments.stored(new ObjectId().toHexString(), p, now);
            stored.add(article);
            docs.add(ArticleDocuments.toDocument(article, p.terms()));
        }
        try {
            // Unordered: one duplicate does not stop the others from being written.
            into.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored.set(error.getIndex(), null);
            }
        }
        if (index != null) {
            for (int i = 0; i < stored.size(); i++) {
                StoredArticle a = stored.get(i);
                if (a != null) {
                    index.add(a, prepared.get(i).terms());
                }
            }
        }
        return stored;
    }

    @Override
    public List<StoredArticle> find(ArticleQuery query, PageToken after, int limit, boolean withText) {
        if (index == null) {
            return findByStoreQuery(query, after, limit, withText);
        }
        List<StoredArticle> page = index.find(query, after, limit + 1);
        if (!withText || page.isEmpty()) {
            return page;
        }
        List<String> ids = page.stream().map(StoredArticle::id).toList();
        Map<String, StoredArticle> byId = new HashMap<>();
        for (Document doc : articles.find(Filters.in("_id", ids)).projection(WITHOUT_TERMS)) {
            byId.put(doc.getString("_id"), ArticleDocuments.toArticle(doc));
        }
        // In the index's order; an id deleted between the two reads is simply left out.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The same query answered by the store alone (a real MongoDB, by its indexes). */
    List<StoredArticle> findByStoreQuery(ArticleQuery query, PageToken after, int limit, boolean withText) {
        List<Bson> filters = new ArrayList<>();
        if (!query.terms().isEmpty()) {
            filters.add(Filters.all(ArticleDocuments.TERMS, query.terms()));
        }
        if (!query.outlets().isEmpty()) {
            filters.add(Filters.in(ArticleDocuments.OUTLET, query.outlets()));
        }
        if (query.publishedAfter() != null) {
            filters.add(Filters.gte(ArticleDocuments.PUBLISHED, Date.from(query.publishedAfter())));
        }
        if (query.publishedBefore() != null) {
            filters.add(Filters.lt(ArticleDocuments.PUBLISHED, Date.from(query.publishedBefore())));
        }
        if (after != null) {
            Date sortTime = new Date(after.sortTimeMillis());
            filters.add(Filters.or(Filters.lt(ArticleDocuments.SORT_TIME, sortTime),
                    Filters.and(Filters.eq(ArticleDocuments.SORT_TIME, sortTime), Filters.lt("_id", after.lastId()))));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return articles.find(filter).projection(withText ? WITHOUT_TERMS : WITHOUT_TEXT).sort(NEWEST_FIRST)
                .limit(limit + 1).map(ArticleDocuments::toArticle).into(new ArrayList<>());
    }

    @Override
    public void addSearchTerms(String articleId, Collection<String> terms) {
        if (!terms.isEmpty()) {
            articles.updateOne(Filters.eq("_id", articleId), Updates.addEachToSet(ArticleDocuments.TERMS, List.copyOf(terms)));
            if (index != null) {
                index.addTerms(articleId, terms);
            }
        }
    }

    @Override
    public boolean findsInMemory(boolean withText) {
        return index != null && !withText;
    }

    @Override
    public boolean delete(String id) {
        boolean deleted = articles.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
        if (deleted && index != null) {
            index.remove(id);
        }
        return deleted;
    }
}
