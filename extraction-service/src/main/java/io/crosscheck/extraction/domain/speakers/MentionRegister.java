package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the article introduced with which description, so that a later description alone resolves to them:
 * "Mariners head coach Tomas Brenner" (words before the name), "Halas, the addictions doctor" and "Ruiz,
 * the ferocious brawler" (an apposition after it), "the director of operations for the port, Ilse Maren" (one
 * before it), "cybersecurity firm Symantec" (an organisation alike). A later "the coach", "the doctor",
 * "the firm" asks for the nearest earlier entry with that head noun. One per text, built once.
 */
final class MentionRegister {
    /** One description of a named entity: its head nouns and every word, lower case. */
    record Entry(int offset, String canonical, EntityType type, Set<String> heads, Set<String> words) {
    }

    /** How far back from a name its pre-modifiers ("Harbour FC general manager") may reach, in tokens. */
    private static final int MAX_PREMODIFIER_TOKENS = 6;
    /** How long an apposition ("the addictions doctor on Nova Scotia's South Shore") may be, in tokens. */
    private static final int MAX_APPOSITION_TOKENS = 10;

    private final List<Entry> entries = new ArrayList<>();

    MentionRegister(AnalyzedText text, EntityIndex entities) {
        for (NamedMention m : text.mentions()) {
            EntityType type = entities.typeOf(m);
            if (type == null || type == EntityType.ENTITY_TYPE_OTHER) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            String canonical = entities.canonical(m);
            add(m.start(), canonical, type, s, premodifierStart(text, s, m), m.firstToken());
            if (m.endToken() + 1 < s.tokens().size() && s.tokens().get(m.endToken()).text().equals(",")) {
                add(m.start(), canonical, type, s, m.endToken() + 1, phraseEnd(s, m.endToken() + 1));
            }
            int before = m.firstToken() - 1;
            if (before > 0 && s.tokens().get(before).text().equals(",") && fencedAfter(s, m)) {
                int from = before - 1;
                while (from > 0 && !s.tokens().get(from - 1).isPunctuation() && before - from < MAX_APPOSITION_TOKENS) {
                    from--;
                }
                add(m.start(), canonical, type, s, from, before);
            }
        }
    }

    /** "Mariners head coach Tomas Brenner": the first of the words right before the name that belong to its phrase. */
    private static int premodifierStart(AnalyzedText text, Sentence s, NamedMention m) {
        int first = m.firstToken();
        while (first > 0 && m.firstToken() - first < MAX_PREMODIFIER_TOKENS) {
            Token t = s.tokens().get(first - 1);
            boolean describes = t.isNoun() || t.pos().startsWith("JJ") || "TITLE".equals(t.ner()) || t.pos().equals("CD")
                    || t.text().equals("-") || t.pos().equals("VBP"); // the tagger's "head" of "head coach"
            if (!describes || "PERSON".equals(t.ner())) {
                break;
            }
            first--;
        }
        return first;
    }

    /** The end (exclusive) of an apposition starting at from: the next punctuation, preposition, verb or relative word. */
    private static int phraseEnd(Sentence s, int from) {
        int end = from;
        while (end < s.tokens().size() && end - from < MAX_APPOSITION_TOKENS) {
            Token t = s.tokens().get(end);
            if (t.isPunctuation() && !t.pos().equals("POS") || t.pos().equals("IN") || t.isVerb() || t.pos().startsWith("W") || t.pos().equals("CC")) {
                break;
            }
            end++;
        }
        return end;
    }

    /** "…, Ilse Maren, says": the name stands fenced between commas (or ends the sentence). */
    private static boolean fencedAfter(Sentence s, NamedMention m) {
        return m.endToken() >= s.tokens().size() || s.tokens().get(m.endToken()).isPunctuation();
    }

    private void add(int offset, String canonical, EntityType type, Sentence s, int from, int to) {
        Set<String> heads = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (t.isPunctuation()) {
                continue;
            }
            words.add(t.lower());
            if (t.pos().equals("NN") || t.pos().equals("NNS") || "TITLE".equals(t.ner())) {
                heads.add(t.lowerLemma());
            }
        }
        if (!heads.isEmpty()) {
            entries.add(new Entry(offset, canonical, type, Set.copyOf(heads), Set.copyOf(words)));
        }
    }

    /**
     * The nearest entity introduced before the offset with this head noun ("the coach" → "head coach Tomas
     * Brenner"); among entries of equal distance the one sharing most of the modifiers. Null when none.
     */
    Entry described(String head, Set<String> modifiers, int before) {
        Entry best = null;
        int bestShared = -1;
        String lower = head.toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            if (e.offset() >= before || !e.heads().contains(lower)) {
                continue;
            }
            int shared = (int) modifiers.stream().filter(e.words()::contains).count();
            // Later beats earlier unless an earlier one shares more of the description's words.
            if (best == null || shared > bestShared || shared == bestShared && e.offset() > best.offset()) {
                best = e;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * Whether the entity was introduced before the offset only with other head nouns: "head coach Tomas Brenner"
     * is not who "the defenceman" stands for.
     */
    boolean describedOtherwise(String canonical, String head, int before) {
        boolean described = false;
        for (Entry e : entries) {
            if (e.offset() < before && e.canonical().equals(canonical)) {
                if (e.heads().contains(head)) {
                    return false;
                }
                described = true;
            }
        }
        return described;
    }
}
