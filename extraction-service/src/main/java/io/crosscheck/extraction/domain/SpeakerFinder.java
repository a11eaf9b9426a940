package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;

import java.util.List;
import java.util.Set;

/**
 * Finds who speaks for a reporting cue: the subject to its left ("Lavrov said", "the US president
 * told", "he added") or, inverted, the first name to its right ("…,” said Trump). Names resolve to
 * canonical names; pronouns to the person last named; role nouns ("his spokesman", "Britain's prime
 * minister") to the person the article gives that role, or stay the role when it names nobody.
 */
public final class SpeakerFinder {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");
    /** Cues whose right-hand neighbour is the listener, not the speaker ("told reporters"). */
    private static final Set<String> LISTENER_CUES = Set.of("tell", "ask", "urge", "inform", "brief", "assure",
            "warn", "accuse", "call", "praise", "criticize", "criticise", "question");
    private static final int LEFT_WINDOW = 12;
    private static final int RIGHT_WINDOW = 6;

    private final AnalyzedText text;
    private final EntityIndex entities;
    private final List<QuoteSpan> quotes;

    public SpeakerFinder(AnalyzedText text, EntityIndex entities, List<QuoteSpan> quotes) {
        this.text = text;
        this.entities = entities;
        this.quotes = quotes;
    }

    /** The speaker for the cue at token index cue of the sentence, or null. */
    public Speaker find(Sentence s, int cue) {
        Speaker left = searchLeft(s, cue);
        if (left != null) {
            return left;
        }
        if (LISTENER_CUES.contains(s.tokens().get(cue).lowerLemma()) || !inverted(s, cue)) {
            return null;
        }
        return searchRight(s, cue + 1);
    }

    /** "…,” said Trump": the cue follows a quote or a comma, so its subject comes after it. */
    private boolean inverted(Sentence s, int cue) {
        if (cue == 0) {
            return true;
        }
        Token before = s.tokens().get(cue - 1);
        return before.isPunctuation() || insideQuote(before) || before.text().endsWith("”");
    }

    /** The speaker named right after "according to", or null. */
    public Speaker findAfter(Sentence s, int from) {
        return searchRight(s, from);
    }

    private Speaker searchLeft(Sentence s, int cue) {
        List<Token> tokens = s.tokens();
        for (int i = cue - 1; i >= Math.max(0, cue - LEFT_WINDOW); i--) {
            Token t = tokens.get(i);
            if (insideQuote(t)) {
                return null;
            }
            if (isTimeOrFiller(t)) {
                continue;
            }
            Speaker found = speakerAt(s, i, true);
            if (found != null) {
                return found;
            }
            if (t.text().equals(",") && i == cue - 1) {
                return appositiveSubject(s, i);
            }
            if (t.isPunctuation() || t.lowerLemma().equals("that")) {
                return null;
            }
        }
        return null;
    }

    private Speaker searchRight(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < Math.min(tokens.size(), from + RIGHT_WINDOW); i++) {
            Token t = tokens.get(i);
            if (insideQuote(t) || (t.isPunctuation() && !t.text().equals("."))) {
                return null;
            }
            if (isTimeOrFiller(t)) {
                continue;
            }
            Speaker found = speakerAt(s, i, false);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "Ursula von der Leyen, President of the European Commission, stressed": the name before the apposition. */
    private Speaker appositiveSubject(Sentence s, int closingComma) {
        for (int j = closingComma - 1; j >= Math.max(1, closingComma - 10); j--) {
            Token t = s.tokens().get(j);
            if (t.text().equals(",")) {
                NamedMention m = mentionAt(s, j - 1);
                if (m != null && EntityIndex.typeOf(m.type()) != null) {
                    return speaker(m.text(), m.start(), m.end(), entities.canonical(m), EntityIndex.typeOf(m.type()));
                }
                return null;
            }
            if (insideQuote(t) || t.isVerb()) {
                return null;
            }
        }
        return null;
    }

    /** Dates, prepositions and adverbs between a cue and its speaker ("Macron on Tuesday warned"). */
    private static boolean isTimeOrFiller(Token t) {
        String ner = t.ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")
                || t.pos().equals("IN") && !t.lowerLemma().equals("that") || t.pos().startsWith("RB")
                || t.pos().equals("MD") || t.lowerLemma().equals("have") || t.lowerLemma().equals("be");
    }

    /**
     * A speaker whose mention covers token i, or null. Walking left we meet a phrase at its last token;
     * walking right at its first.
     */
    private Speaker speakerAt(Sentence s, int i, boolean walkingLeft) {
        Token t = s.tokens().get(i);
        NamedMention mention = mentionAt(s, i);
        if (mention != null) {
            EntityType type = EntityIndex.typeOf(mention.type());
            if (type == EntityType.ENTITY_TYPE_PERSON || type == EntityType.ENTITY_TYPE_ORGANIZATION
                    || type == EntityType.ENTITY_TYPE_LOCATION) {
                return speaker(mention.text(), mention.start(), mention.end(), entities.canonical(mention), type);
            }
        }
        String lower = t.text().toLowerCase(java.util.Locale.ROOT);
        if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(lower)) {
            String person = entities.personBefore(t.start());
            return speaker(t.text(), t.start(), t.end(), person != null ? person : t.text(), EntityType.ENTITY_TYPE_PERSON);
        }
        if (t.pos().equals("PRP") && GROUP_PRONOUNS.contains(lower)) {
            return null;
        }
        if (t.isNoun() || "TITLE".equals(t.ner())) {
            return walkingLeft ? roleEndingAt(s, i) : roleStartingAt(s, i);
        }
        return null;
    }

    /** "the US president" ending at head token i; an apposition ("Peskov, the Kremlin spokesman") names the person. */
    private Speaker roleEndingAt(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int first = head;
        while (first > 0 && isModifier(tokens.get(first - 1))) {
            first--;
        }
        if (first >= 2 && tokens.get(first - 1).text().equals(",")) {
            NamedMention before = mentionAt(s, first - 2);
            if (before != null && EntityIndex.typeOf(before.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return speaker(before.text(), before.start(), before.end(), entities.canonical(before),
                        EntityType.ENTITY_TYPE_PERSON);
            }
        }
        return role(s, first, head);
    }

    private Speaker roleStartingAt(Sentence s, int first) {
        List<Token> tokens = s.tokens();
        int head = first;
        while (head + 1 < tokens.size() && (tokens.get(head + 1).isNoun() || "TITLE".equals(tokens.get(head + 1).ner()))
                && mentionAt(s, head + 1) == null) {
            head++;
        }
        return role(s, first, head);
    }

    private Speaker role(Sentence s, int first, int head) {
        Token headToken = s.tokens().get(head);
        int start = s.tokens().get(first).start();
        int end = headToken.end();
        String mention = text.text().substring(start, end);
        String holder = entities.roleHolder(headToken.lowerLemma(), modifiers(s, first, head), start);
        return speaker(mention, start, end, holder != null ? holder : mention, EntityType.ENTITY_TYPE_PERSON);
    }

    /** The words before a role's head that narrow it ("US", "Russian", "foreign"), folded. */
    static java.util.Set<String> modifiers(Sentence s, int first, int head) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = first; i < head; i++) {
            Token t = s.tokens().get(i);
            if (!t.pos().equals("DT") && !t.pos().equals("POS") && !t.pos().equals("PRP$") && !t.isPunctuation()) {
                words.add(EntityIndex.foldModifier(t.text()));
            }
        }
        return words;
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("CD") || "TITLE".equals(t.ner());
    }

    private NamedMention mentionAt(Sentence s, int tokenIndex) {
        for (NamedMention m : text.mentions()) {
            if (m.sentence() == s.index() && tokenIndex >= m.firstToken() && tokenIndex < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    private boolean insideQuote(Token t) {
        for (QuoteSpan q : quotes) {
            if (t.start() >= q.contentStart() && t.end() <= q.contentEnd()) {
                return true;
            }
        }
        return false;
    }

    private static Speaker speaker(String mention, int start, int end, String canonical, EntityType type) {
        return Speaker.newBuilder().setText(mention).setSpan(Span.newBuilder().setStart(start).setEnd(end))
                .setCanonicalName(canonical).setType(type).build();
    }
}
