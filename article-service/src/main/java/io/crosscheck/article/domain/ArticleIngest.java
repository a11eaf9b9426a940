package io.crosscheck.article.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ingest: validate, clean, fingerprint and store articles, deduplicated by URL and by normalised text.
 * Validation happens before any write, and each article is one document, so a rejected article
 * leaves nothing behind and a batch's good items are stored whatever its bad ones hold.
 */
public final class ArticleIngest {
    private final ArticleRepository repository;
    private final ArticleValidator validator;
    private final ArticleLimits limits;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    public ArticleIngest(ArticleRepository repository, ArticleLimits limits) {
        this.repository = repository;
        this.limits = limits;
        this.validator = new ArticleValidator(limits);
    }

    public CreateOutcome create(ArticleDraft draft) {
        validator.validate(draft, "article");
        return store(List.of(prepare(draft, "article"))).get(0);
    }

    /**
     * A batch whose items are mapped one by one: each function gets the item's field path
     * ("requests[3].article") and returns its draft or throws {@link InvalidInputException}, which
     * rejects that item alone.
     */
    public List<BatchItemOutcome> createBatch(List<Function<String, ArticleDraft>> items) {
        if (items.isEmpty()) {
            throw new InvalidInputException("requests", "requests must hold at least one article");
        }
        if (items.size() > limits.maxBatchSize()) {
            throw new InvalidInputException("requests", "a batch holds at most " + limits.maxBatchSize()
                    + " articles, got " + items.size());
        }
        BatchItemOutcome[] outcomes = new BatchItemOutcome[items.size()];
        List<PreparedArticle> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "requests[" + i + "].article";
            try {
                ArticleDraft draft = items.get(i).apply(prefix);
                validator.validate(draft, prefix);
                valid.add(prepare(draft, prefix));
                validIndexes.add(i);
            } catch (InvalidInputException e) {
                outcomes[i] = BatchItemOutcome.rejected(i, e);
            }
        }
        List<CreateOutcome> stored = valid.isEmpty() ? List.of() : store(valid);
        for (int k = 0; k < stored.size(); k++) {
            outcomes[validIndexes.get(k)] = BatchItemOutcome.stored(validIndexes.get(k), stored.get(k));
        }
        return List.of(outcomes);
    }

    private PreparedArticle prepare(ArticleDraft draft, String prefix) {
        BoilerplateCleaner.Result cleaned = cleaner.clean(draft.originalText());
        if (cleaned.cleanedText().isBlank()) {
            throw new InvalidInputException(prefix + ".original_text",
                    "original_text holds nothing but boilerplate (comment forms, credits, markup)");
        }
        String hash = TextFingerprint.contentHash(cleaned.cleanedText());
        var terms = TextFingerprint.terms(draft.title(), cleaned.cleanedText(), draft.outlet());
        var published = draft.published() != null ? draft.published() : cleaned.printedTimestamp();
        return new PreparedArticle(draft, cleaned.cleanedText(), hash, terms, published);
    }

    /**
     * Stores prepared articles that are not stored yet; an article equal to one stored before, or to
     * an earlier one in the same call, comes back as the stored one with alreadyExisted set.
     */
    private List<CreateOutcome> store(List<PreparedArticle> prepared) {
        Map<String, StoredArticle> byUrl = new HashMap<>();
        Map<String, StoredArticle> byHash = new HashMap<>();
        remember(repository.findByUrlsOrHashes(urls(prepared), hashes(prepared)), byUrl, byHash);

        List<PreparedArticle> toInsert = new ArrayList<>();
        Map<String, Integer> firstOfUrl = new HashMap<>();
        Map<String, Integer> firstOfHash = new HashMap<>();
        Integer[] twinOf = new Integer[prepared.size()];
        for (int i = 0; i < prepared.size(); i++) {
            PreparedArticle p = prepared.get(i);
            if (existing(p, byUrl, byHash) != null) {
                continue;
            }
            Integer twin = firstOfUrl.containsKey(p.draft().url()) ? firstOfUrl.get(p.draft().url())
                    : firstOfHash.get(p.contentHash());
            if (twin != null) {
                twinOf[i] = twin;
                continue;
            }
            firstOfUrl.put(p.draft().url(), i);
            firstOfHash.put(p.contentHash(), i);
            toInsert.add(p);
        }

        Map<PreparedArticle, StoredArticle> inserted = new IdentityHashMap<>();
        List<PreparedArticle> lostRace = new ArrayList<>();
        if (!toInsert.isEmpty()) {
            List<StoredArticle> results = repository.insertAll(toInsert);
            for (int k = 0; k < toInsert.size(); k++) {
                if (results.get(k) != null) {
                    inserted.put(toInsert.get(k), results.get(k));
                } else {
                    lostRace.add(toInsert.get(k));
                }
            }
        }
        if (!lostRace.isEmpty()) {
            remember(repository.findByUrlsOrHashes(urls(lostRace), hashes(lostRace)), byUrl, byHash);
        }

        List<CreateOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            PreparedArticle p = prepared.get(i);
            StoredArticle mine = inserted.get(p);
            if (mine != null) {
                outcomes.add(new CreateOutcome(mine, false));
            } else if (twinOf[i] != null) {
                outcomes.add(new CreateOutcome(outcomes.get(twinOf[i]).article(), true));
            } else {
                StoredArticle before = Objects.requireNonNull(existing(p, byUrl, byHash),
                        "a unique index refused the article, so an equal one must be stored");
                outcomes.add(new CreateOutcome(before, true));
            }
        }
        return outcomes;
    }

    private static StoredArticle existing(PreparedArticle p, Map<String, StoredArticle> byUrl,
            Map<String, StoredArticle> byHash) {
        StoredArticle sameUrl = byUrl.get(p.draft().url());
        return sameUrl != null ? sameUrl : byHash.get(p.contentHash());
    }

    private static void remember(List<StoredArticle> found, Map<String, StoredArticle> byUrl,
            Map<String, StoredArticle> byHash) {
        for (StoredArticle a : found) {
            byUrl.put(a.url(), a);
            byHash.put(a.contentHash(), a);
        }
    }

    private static List<String> urls(List<PreparedArticle> prepared) {
        return prepared.stream().map(p -> p.draft().url()).toList();
    }

    private static List<String> hashes(List<PreparedArticle> prepared) {
        return prepared.stream().map(PreparedArticle::contentHash).toList();
    }
}
