package io.crosscheck.article.store;

import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.PageToken;
import io.crosscheck.article.domain.StoredArticle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The search index of the embedded store, kept by the service in memory: posting lists of the articles' search terms
 * and of their outlets, and every article in listing order. The embedded MongoDB-wire server ignores multikey and
 * compound indexes and answers a keyword search by reading every document ($all on each one's terms: about 40 ms at
 * 10,000 articles). This index answers with one page of articles. It also covers the listing view (every field but
 * the two texts, none of which changes after insert), so a page without texts never touches the store: reading 21
 * whole documents by _id through the wire and the H2 file cost more than the search itself. A page with texts is
 * read from the store by _id (an index the embedded server does honour). It is rebuilt from the store at start, so it can never hold what the store lost, and it is told of
 * every write after the store acknowledged it. Only for the embedded store: that one is owned by this process,
 * whereas a real MongoDB is shared by replicas whose writes this process would not see (and it honours the indexes).
 */
final class TermIndex {
    /**
     * What a query filters and sorts on (published is Long.MIN_VALUE when unknown) and the article without its texts,
     * the answer to a query that asks for no text.
     */
    private record Entry(int number, String id, long sortTime, String outlet, long published, StoredArticle article) {
        static Entry of(int number, StoredArticle a) {
            StoredArticle withoutTexts = new StoredArticle(a.id(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                    a.language(), null, null, a.contentHash(), a.ingestTime());
            return new Entry(number, a.id(), a.sortTime().toEpochMilli(), a.outlet(),
                    a.published() == null ? Long.MIN_VALUE : a.published().toEpochMilli(), withoutTexts);
        }

        /** A position in the listing (for tailSet): only sort time and id count. */
        static Entry position(long sortTime, String id) {
            return new Entry(-1, id, sortTime, "", 0, null);
        }
    }

    /** Listing order: newest sort time first, then the larger id first, as the store's NEWEST_FIRST sort. */
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::sortTime).reversed()
            .thenComparing(Entry::id, Comparator.reverseOrder());

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Entries by number; a deleted article's slot is null. Numbers only grow, so posting lists stay sorted. */
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> numberOf = new HashMap<>();
    private final Map<String, Postings> byTerm = new HashMap<>();
    private final Map<String, Postings> byOutlet = new HashMap<>();
    private final TreeSet<Entry> listing = new TreeSet<>(NEWEST_FIRST);

    /** Adds an article the store acknowledged (or one read back at start); its texts, if given, are not kept. */
    void add(StoredArticle article, Collection<String> terms) {
        lock.writeLock().lock();
        try {
            if (numberOf.containsKey(article.id())) {
                addTermsLocked(numberOf.get(article.id()), terms);
                return;
            }
            int number = entries.size();
            Entry entry = Entry.of(number, article);
            entries.add(entry);
            numberOf.put(article.id(), number);
            listing.add(entry);
            byOutlet.computeIfAbsent(entry.outlet(), k -> new Postings()).add(number);
            addTermsLocked(number, terms);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** More search terms of an article (names from its claims); unknown ids are ignored. */
    void addTerms(String id, Collection<String> terms) {
        lock.writeLock().lock();
        try {
            Integer number = numberOf.get(id);
            if (number != null) {
                addTermsLocked(number, terms);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void addTermsLocked(int number, Collection<String> terms) {
        for (String term : terms) {
            byTerm.computeIfAbsent(term, k -> new Postings()).add(number);
        }
    }

    void remove(String id) {
        lock.writeLock().lock();
        try {
            Integer number = numberOf.remove(id);
            if (number != null) {
                // Posting lists keep the number; a null entry is skipped when they are read.
                listing.remove(entries.get(number));
                entries.set(number, null);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return numberOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The articles the query matches (without their texts), strictly after the token's position, in listing order,
     * at most limit of them. Two ways to find them, the cheaper one taken: walk the rarest of the query's posting lists
     * (a term's, or the union of its outlets') and keep the newest matches, which costs that list's length; or walk
     * the listing from the newest admissible position (the token's, or the time range's end) and stop at a full page
     * or at the range's start, which costs about limit x (articles / matches) when matches spread over time. A rare
     * term takes the first, a common one (or none at all) the second; either way the cost follows the answer, not the
     * store.
     */
    List<StoredArticle> find(ArticleQuery query, PageToken after, int limit) {
        lock.readLock().lock();
        try {
            List<Postings> lists = new ArrayList<>();
            for (String term : query.terms()) {
                Postings p = byTerm.get(term);
                if (p == null) {
                    return List.of();
                }
                lists.add(p);
            }
            if (!query.outlets().isEmpty()) {
                lists.add(outletUnion(query.outlets()));
            }
            if (lists.isEmpty()) {
                return inListingOrder(lists, query, after, limit, Integer.MAX_VALUE);
            }
            lists.sort(Comparator.comparingInt(p -> p.size));
            Postings rarest = lists.get(0);
            // Matches per article if the lists were independent; the listing walk is tried when it should find a page
            // sooner than the rarest list is walked, and given up (for that walk) once it has cost as much.
            double density = 1;
            for (Postings p : lists) {
                density *= (double) p.size / Math.max(1, numberOf.size());
            }
            if (limit / Math.max(density, 1e-9) < rarest.size) {
                List<StoredArticle> page = inListingOrder(lists, query, after, limit, rarest.size);
                if (page != null) {
                    return page;
                }
            }
            List<Postings> others = List.copyOf(lists.subList(1, lists.size()));
            // The newest `limit` matches: a heap whose head is the oldest kept.
            PriorityQueue<Entry> kept = new PriorityQueue<>(Math.max(1, limit), NEWEST_FIRST.reversed());
            for (int i = 0; i < rarest.size; i++) {
                int number = rarest.numbers[i];
                Entry e = entries.get(number);
                if (e == null || !inAll(others, number) || !matches(e, query, after)) {
                    continue;
                }
                kept.add(e);
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
            List<Entry> page = new ArrayList<>(kept);
            page.sort(NEWEST_FIRST);
            return page.stream().map(Entry::article).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Walks the listing, newest first, from the later of the token's position and the time range's end, keeps what
     * is in every list and matches, and stops at a full page or once past the range's start; null when it would visit
     * more than {@code budget} articles (the caller then walks the rarest posting list instead). An article with a publish
     * time sorts by it, and one without never matches a time range, so the listing is in publish-time order wherever
     * a range can match.
     */
    private List<StoredArticle> inListingOrder(List<Postings> lists, ArticleQuery query, PageToken after, int limit,
            int budget) {
        Entry from = after == null ? null : Entry.position(after.sortTimeMillis(), after.lastId());
        if (query.publishedBefore() != null) {
            // Everything with a sort time at or past the range's end is left out: start just below it.
            Entry rangeEnd = Entry.position(query.publishedBefore().toEpochMilli(), "");
            if (from == null || NEWEST_FIRST.compare(rangeEnd, from) > 0) {
                from = rangeEnd;
            }
        }
        long oldest = query.publishedAfter() == null ? Long.MIN_VALUE : query.publishedAfter().toEpochMilli();
        List<StoredArticle> page = new ArrayList<>();
        Iterator<Entry> walk = from == null ? listing.iterator() : listing.tailSet(from, false).iterator();
        int visited = 0;
        while (walk.hasNext() && page.size() < limit) {
            Entry e = walk.next();
            if (e.sortTime() < oldest) {
                break;
            }
            if (++visited > budget) {
                return null;
            }
            if (inAll(lists, e.number()) && matches(e, query, null)) {
                page.add(e.article());
            }
        }
        return page;
    }

    /** The articles of any of the outlets (one list per outlet, so usually no copy at all). */
    private Postings outletUnion(List<String> outlets) {
        List<Postings> found = new ArrayList<>();
        for (String outlet : new LinkedHashSet<>(outlets)) {
            Postings p = byOutlet.get(outlet);
            if (p != null) {
                found.add(p);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        // Outlets partition the articles, so the union is their lists concatenated and sorted once.
        Postings union = new Postings();
        for (Postings p : found) {
            union.numbers = Arrays.copyOf(union.numbers, Math.max(union.numbers.length, union.size + p.size));
            System.arraycopy(p.numbers, 0, union.numbers, union.size, p.size);
            union.size += p.size;
        }
        Arrays.sort(union.numbers, 0, union.size);
        return union;
    }

    private static boolean inAll(List<Postings> lists, int number) {
        // Indexed, not iterated: this runs once per article walked, and an iterator per call showed in profiles.
        for (int i = 0, n = lists.size(); i < n; i++) {
            Postings list = lists.get(i);
            if (Arrays.binarySearch(list.numbers, 0, list.size, number) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The time range and the page position (the store's filters of ArticleQuery and PageToken, in memory). */
    private static boolean matches(Entry e, ArticleQuery query, PageToken after) {
        if (query.publishedAfter() != null
                && (e.published() == Long.MIN_VALUE || e.published() < query.publishedAfter().toEpochMilli())) {
            return false;
        }
        if (query.publishedBefore() != null
                && (e.published() == Long.MIN_VALUE || e.published() >= query.publishedBefore().toEpochMilli())) {
            return false;
        }
        return after == null || e.sortTime() < after.sortTimeMillis()
                || e.sortTime() == after.sortTimeMillis() && e.id().compareTo(after.lastId()) < 0;
    }

    /**
     * Article numbers, ascending; an article given a term a second time is not listed twice. Read in place under the
     * read lock (writes take the write lock).
     */
    private static final class Postings {
        private int[] numbers = new int[4];
        private int size;

        void add(int number) {
            int at = size == 0 || numbers[size - 1] < number ? size : Arrays.binarySearch(numbers, 0, size, number);
            if (at >= 0 && at < size) {
                return;
            }
            int insert = at >= 0 ? at : -at - 1;
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            System.arraycopy(numbers, insert, numbers, insert + 1, size - insert);
            numbers[insert] = number;
            size++;
        }
    }
}
