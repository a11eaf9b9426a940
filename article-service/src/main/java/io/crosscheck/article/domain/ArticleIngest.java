package io.crosscheck.article.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.IntStream;

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
    private static final int MAX_INSERT_ROUNDS = 3;
    /** Articles per write within a batch: small enough to overlap preparing with writing, large enough to keep few writes. */
    private static final int STORE_CHUNK = 125;

    public ArticleIngest(ArticleRepository repository, ArticleLimits limits) {
        this.repository = repository;
        this.limits = limits;
        this.validator = new ArticleValidator(limits);
    }

    public CreateOutcome create(ArticleDraft draft) {
        validator.validate(draft, "article");
        CreateOutcome outcome = store(List.of(prepare(draft, "article"))).get(0);
        repository.awaitDurable();
        return outcome;
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
        // A pipeline: while one chunk is written (the store's thread busy, this one waiting), the next is cleaned
        // and fingerprinted on the other cores. Chunks are stored in order, so an article equal to one of an earlier
        // chunk is refused by the unique indexes and answered as that one, as within a chunk.
        // The chunks' writes are synced once, at the end, before anything is acknowledged (group commit within a batch).
        CompletableFuture<List<PreparedItem>> next = prepareAsync(items, 0, outcomes);
        boolean wrote = false;
        for (int from = 0; from < items.size(); from += STORE_CHUNK) {
            List<PreparedItem> chunk = joinUnwrapped(next);
            next = from + STORE_CHUNK < items.size() ? prepareAsync(items, from + STORE_CHUNK, outcomes) : null;
            if (!chunk.isEmpty()) {
                wrote = true;
                List<CreateOutcome> stored = store(chunk.stream().map(PreparedItem::article).toList());
                for (int k = 0; k < stored.size(); k++) {
                    int index = chunk.get(k).index();
                    outcomes[index] = BatchItemOutcome.stored(index, stored.get(k));
                }
            }
        }
        if (wrote) {
            repository.awaitDurable();
        }
        return List.of(outcomes);
    }

    /** The chunk prepared, or the failure that was not one item's (a bug) as itself rather than wrapped. */
    private static List<PreparedItem> joinUnwrapped(CompletableFuture<List<PreparedItem>> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Validates and prepares the items of the chunk starting at {@code from}, in parallel; a rejected item gets its
     * outcome here (each slot is written by one task only).
     */
    private CompletableFuture<List<PreparedItem>> prepareAsync(List<Function<String, ArticleDraft>> items, int from,
            BatchItemOutcome[] outcomes) {
        int to = Math.min(items.size(), from + STORE_CHUNK);
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, to).parallel().mapToObj(i -> {
            String prefix = "requests[" + i + "].article";
            try {
                ArticleDraft draft = items.get(i).apply(prefix);
                validator.validate(draft, prefix);
                return new PreparedItem(i, prepare(draft, prefix));
            } catch (InvalidInputException e) {
                outcomes[i] = BatchItemOutcome.rejected(i, e);
                return null;
            }
        }).filter(Objects::nonNull).toList());
    }

    /** A batch item ready to be stored, with its index in the request. */
    private record PreparedItem(int index, PreparedArticle article) {
    }

    private PreparedArticle prepare(ArticleDraft draft, String prefix) {
        BoilerplateCleaner.Result cleaned = cleaner.clean(draft.originalText());
        if (cleaned.cleanedText().isBlank()) {
            throw new InvalidInputException(prefix + ".original_text",
                    "original_text holds nothing but boilerplate (comment forms, credits, markup)");
        }
        var fingerprint = TextFingerprint.of(draft.title(), cleaned.cleanedText(), draft.outlet());
        var published = draft.published() != null ? draft.published() : cleaned.printedTimestamp();
        return new PreparedArticle(draft, cleaned.cleanedText(), fingerprint.contentHash(), fingerprint.terms(), published);
    }

    /**
     * Stores prepared articles that are not stored yet; an article equal to one stored before, or to
     * an earlier one in the same call, comes back as the stored one with alreadyExisted set.
     * The unique indexes on url and content hash decide what is stored before: every article of the call is
     * inserted at once and only those the indexes refuse are looked up, so a batch of new articles costs its
     * insert alone (a look-up first would search both indexes once more for every article).
     * The writes may not be on disk yet: the caller awaits durability before it acknowledges.
     */
    private List<CreateOutcome> store(List<PreparedArticle> prepared) {
        List<PreparedArticle> toInsert = new ArrayList<>();
        Map<String, Integer> firstOfUrl = new HashMap<>();
        Map<String, Integer> firstOfHash = new HashMap<>();
        Integer[] twinOf = new Integer[prepared.size()];
        for (int i = 0; i < prepared.size(); i++) {
            PreparedArticle p = prepared.get(i);
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
        Map<String, StoredArticle> byUrl = new HashMap<>();
        Map<String, StoredArticle> byHash = new HashMap<>();
        List<PreparedArticle> pending = toInsert;
        // An article refused but then not found was deleted in between: it is inserted again. Each round settles
        // all but such races, so a few rounds end it.
        for (int round = 0; round < MAX_INSERT_ROUNDS && !pending.isEmpty(); round++) {
            List<PreparedArticle> refused = new ArrayList<>();
            List<StoredArticle> results = repository.insertAllSyncingLater(pending);
            for (int k = 0; k < pending.size(); k++) {
                if (results.get(k) != null) {
                    inserted.put(pending.get(k), results.get(k));
                } else {
                    refused.add(pending.get(k));
                }
            }
            if (!refused.isEmpty()) {
                remember(repository.findByUrlsOrHashes(urls(refused), hashes(refused)), byUrl, byHash);
            }
            pending = refused.stream().filter(p -> existing(p, byUrl, byHash) == null).toList();
        }
        if (!pending.isEmpty()) {
            throw new ConcurrentChangeException("articles with the same url or text were stored and deleted while this "
                    + "request ran; try again");
        }

        List<CreateOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            PreparedArticle p = prepared.get(i);
            StoredArticle mine = inserted.get(p);
            if (mine != null) {
                outcomes.add(new CreateOutcome(mine, false));
            } else if (twinOf[i] != null) {
                CreateOutcome twin = outcomes.get(twinOf[i]);
                outcomes.add(new CreateOutcome(twin.article(), true));
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
