package io.crosscheck.article.store;

import com.google.protobuf.InvalidProtocolBufferException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.crosscheck.article.domain.ClaimRepository;
import io.crosscheck.common.v1.ClaimSet;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims in the {@code claims} collection, one document per (article, extractor version). The claim
 * set is kept as its protobuf encoding: it is written and read whole, never queried inside, and the
 * binary form is compact and several times faster to read back than a BSON tree of the same claims.
 * Fields that are queried (article id, version) are plain BSON fields next to it.
 */
@ApplicationScoped
public class MongoClaimRepository implements ClaimRepository {
    private static final String ARTICLE_ID = "articleId";
    private static final String VERSION = "extractorVersion";
    private static final String CLAIM_SET = "claimSet";
    private static final String CLAIM_COUNT = "claimCount";
    private static final String STORED_AT = "storedAt";

    private final MongoCollection<Document> claims;

    public MongoClaimRepository(MongoStore store) {
        this.claims = store.database().getCollection("claims");
        claims.createIndex(Indexes.ascending(ARTICLE_ID, VERSION), new IndexOptions().unique(true).name("article_version"));
    }

    @Override
    public void put(String articleId, ClaimSet claimSet) {
        String version = claimSet.getExtractorVersion();
        Document doc = new Document("_id", key(articleId, version))
                .append(ARTICLE_ID, articleId)
                .append(VERSION, version)
                .append(CLAIM_COUNT, claimSet.getClaimsCount())
                .append(STORED_AT, new Date())
                .append(CLAIM_SET, new Binary(claimSet.toByteArray()));
        claims.replaceOne(Filters.eq("_id", doc.getString("_id")), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ClaimSet> get(String articleId, String extractorVersion) {
        Document doc = claims.find(Filters.eq("_id", key(articleId, extractorVersion))).first();
        return Optional.ofNullable(doc).filter(d -> isOf(d, articleId, extractorVersion)).map(MongoClaimRepository::claimSet);
    }

    @Override
    public Map<String, ClaimSet> getAll(Collection<String> articleIds, String extractorVersion) {
        Map<String, ClaimSet> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(articleIds);
        for (Document doc : claims.find(Filters.in("_id", wanted.stream().map(id -> key(id, extractorVersion)).toList()))) {
            if (wanted.contains(doc.getString(ARTICLE_ID)) && isOf(doc, doc.getString(ARTICLE_ID), extractorVersion)) {
                found.put(doc.getString(ARTICLE_ID), claimSet(doc));
            }
        }
        return found;
    }

    /**
     * Two reads: the keys and store times of every version of those articles (no claim sets), then the newest set of
     * each by its key. Most articles have one or two versions stored, so the first read stays small.
     */
    @Override
    public Map<String, ClaimSet> getNewest(Collection<String> articleIds) {
        Map<String, ClaimSet> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(articleIds);
        Map<String, Document> newest = new HashMap<>();
        for (Document doc : claims.find(Filters.in(ARTICLE_ID, wanted)).projection(Projections.include(ARTICLE_ID, STORED_AT))) {
            String id = doc.getString(ARTICLE_ID);
            Document known = newest.get(id);
            if (wanted.contains(id) && (known == null || storedAt(doc).after(storedAt(known)))) {
                newest.put(id, doc);
            }
        }
        if (newest.isEmpty()) {
            return found;
        }
        for (Document doc : claims.find(Filters.in("_id", newest.values().stream().map(d -> d.get("_id")).toList()))) {
            found.put(doc.getString(ARTICLE_ID), claimSet(doc));
        }
        return found;
    }

    private static Date storedAt(Document doc) {
        Date at = doc.getDate(STORED_AT);
        return at == null ? new Date(0) : at;
    }

    @Override
    public void deleteAllOf(String articleId) {
        claims.deleteMany(Filters.eq(ARTICLE_ID, articleId));
    }

    /**
     * Whether a document found by its key is the one asked for. The key joins id and version with "@", which a version
     * may hold too: without this check an id of "X@a" and version "b" would read article X's claims of version "a@b".
     */
    private static boolean isOf(Document doc, String articleId, String version) {
        return articleId.equals(doc.getString(ARTICLE_ID)) && version.equals(doc.getString(VERSION));
    }

    private static String key(String articleId, String version) {
        return articleId + "@" + version;
    }

    private static ClaimSet claimSet(Document doc) {
        try {
            return ClaimSet.parseFrom(doc.get(CLAIM_SET, Binary.class).getData());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored claims of " + doc.getString("_id") + " are corrupt", e);
        }
    }
}
