package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one article into its {@link ArticleDigest}: tokenises the cleaned text once, groups the claims by the
 * sentence they were found in, and keeps per sentence what comparison needs (content terms, speaker, quotes,
 * negations, figures). Plain work on one article, so its result can be cached and reused by every comparison the
 * article takes part in.
 */
final class ArticleDigester {
    private static final int PREDICATE_REACH = 4;
    private static final int NEGATION_REACH = 4;
    private static final int NEGATION_OBJECTS = 5;

    private ArticleDigester() {
    }

    static ArticleDigest digest(CoverageArticle article) {
        String text = article.text() == null ? "" : article.text();
        EntitySpans names = EntitySpans.of(article.claims(), text.length());
        List<Token> tokens = Tokenizer.article(text, names);

        // Claims by sentence, in text order; a claim without a sentence span stands for its own sentence.
        TreeMap<Long, List<Claim>> bySentence = new TreeMap<>();
        for (Claim c : article.claims().getClaimsList()) {
            boolean hasSentence = c.getSentenceSpan().getEnd() > c.getSentenceSpan().getStart();
            int start = hasSentence ? c.getSentenceSpan().getStart() : c.getSpan().getStart();
            int end = hasSentence ? c.getSentenceSpan().getEnd() : c.getSpan().getEnd();
            if (start < 0 || end > text.length() || end <= start) {
                continue;
            }
            bySentence.computeIfAbsent(((long) start << 32) | end, k -> new ArrayList<>()).add(c);
        }
        mergeOverlapping(bySentence);
        Map<Long, float[]> vectors = SentenceVectors.bySentence(article.claims());
        Map<Long, List<SentenceVectors.ClauseVector>> clauses = SentenceVectors.clausesBySentence(article.claims());

        List<Statement> statements = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<Long, List<Claim>> e : bySentence.entrySet()) {
            int start = (int) (e.getKey() >>> 32);
            int end = (int) (long) e.getKey();
            List<Token> sentence = slice(tokens, start, end);
            Statement statement = statement(article, text, start, end, sentence, e.getValue(), vector(vectors, e.getValue()));
            statements.add(statement);
            figures.addAll(FigureReader.figures(article, statement, sentence, e.getValue()));
            for (SentenceVectors.ClauseVector clause : clausesOf(clauses, e.getValue())) {
                statements.add(clause(statement, clause, text, slice(tokens, clause.start(), clause.end())));
            }
        }
        return new ArticleDigest(article.id(), article.outlet(), article.title(), article.url(), article.published(),
                article.claims().getEmbeddingModel(), List.copyOf(statements), List.copyOf(figures), ShingleSketch.of(tokens));
    }

    private static List<SentenceVectors.ClauseVector> clausesOf(Map<Long, List<SentenceVectors.ClauseVector>> clauses,
            List<Claim> claims) {
        for (Claim c : claims) {
            List<SentenceVectors.ClauseVector> found = clauses.get(
                    ((long) c.getSentenceSpan().getStart() << 32) | c.getSentenceSpan().getEnd());
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * One fact clause of a sentence as a unit of its own: its words, its vector, the sentence's claim and speaker.
     * Its mention quotes the article over the clause's span, never the clause text extraction embedded (that one
     * may borrow a subject or drop an attribution), so that every mention is a true substring of its article.
     */
    private static Statement clause(Statement sentence, SentenceVectors.ClauseVector clause, String text,
            List<Token> tokens) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (t.content()) {
                terms.merge(t.key(), 1, Integer::sum);
            }
        }
        Mention m = sentence.mention();
        int start = Math.max(0, Math.min(clause.start(), text.length()));
        int end = Math.max(start, Math.min(clause.end(), text.length()));
        Mention mention = new Mention(m.articleId(), m.outlet(), start, end, text.substring(start, end),
                m.sentenceStart(), m.sentenceEnd(), m.kind(), m.speaker());
        return new Statement(sentence.articleId(), sentence.sentenceStart(), sentence.sentenceEnd(), sentence.sentence(),
                Map.copyOf(terms), mention, sentence.speaker(), List.of(), List.of(), clause.vector(), sentence);
    }

    /** The stored embedding of the sentence: of its claims' sentence span (the first, when a repair merged two). */
    private static float[] vector(Map<Long, float[]> vectors, List<Claim> claims) {
        for (Claim c : claims) {
            float[] v = vectors.get(((long) c.getSentenceSpan().getStart() << 32) | c.getSentenceSpan().getEnd());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Statement statement(CoverageArticle article, String text, int start, int end, List<Token> tokens,
            List<Claim> claims, float[] embedding) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (t.content()) {
                terms.merge(t.key(), 1, Integer::sum);
            }
        }
        Claim widest = claims.get(0);
        List<SpeakerName> named = new ArrayList<>();
        for (Claim c : claims) {
            if (c.getSpan().getEnd() - c.getSpan().getStart() > widest.getSpan().getEnd() - widest.getSpan().getStart()) {
                widest = c;
            }
            if (c.hasSpeaker()) {
                SpeakerName s = SpeakerName.of(c.getSpeaker());
                // A speaker the sentence only points to ("he said") still tells what the sentence is about. An
                // unnamed one ("the revised framework") is the sentence's own words, already counted.
                for (String key : s.named() ? s.keys() : List.<String>of()) {
                    terms.putIfAbsent("n:" + key, 1);
                }
                if (s.named() && named.stream().noneMatch(s::sameAs)) {
                    named.add(s);
                }
            }
        }
        Mention mention = mention(article, widest, start, end);
        List<Statement.DirectQuote> quotes = new ArrayList<>();
        for (Claim c : claims) {
            for (Claim words : quotedWords(c, text)) {
                quotes.add(quote(article, text, words, start, end, tokens));
            }
        }
        return new Statement(article.id(), start, end, text.substring(start, end), Map.copyOf(terms), mention,
                named.size() == 1 ? named.get(0) : null, List.copyOf(quotes), negations(text, tokens), embedding, null);
    }

    static Mention mention(CoverageArticle article, Claim c, int sentenceStart, int sentenceEnd) {
        return new Mention(article.id(), article.outlet(), c.getSpan().getStart(), c.getSpan().getEnd(), c.getText(),
                sentenceStart, sentenceEnd, c.getKind(),
                c.hasSpeaker() ? c.getSpeaker().getCanonicalName() : null);
    }

    /**
     * The speaker's exact words in a claim, each as a direct quote of its own: the whole of a direct quote, or each
     * quoted part of a partly quoted report ("said the plan was “a mistake”"). None without a speaker.
     */
    static List<Claim> quotedWords(Claim c, String text) {
        if (!c.hasSpeaker()) {
            return List.of();
        }
        if (c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE) {
            return List.of(c);
        }
        List<Claim> parts = new ArrayList<>();
        for (Span w : c.getQuotedWordsList()) {
            if (0 <= w.getStart() && w.getStart() < w.getEnd() && w.getEnd() <= text.length()) {
                parts.add(c.toBuilder().setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE).setSpan(w)
                        .setText(text.substring(w.getStart(), w.getEnd())).clearQuotedWords().build());
            }
        }
        return parts;
    }

    /** A direct quote with the word it completes: the first content word before the opening mark, names aside. */
    private static Statement.DirectQuote quote(CoverageArticle article, String text, Claim c, int sentenceStart,
            int sentenceEnd, List<Token> tokens) {
        Set<String> terms = new HashSet<>();
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= c.getSpan().getStart() && t.end() <= c.getSpan().getEnd()) {
                if (first < 0) {
                    first = i;
                }
                if (t.content()) {
                    terms.add(t.key());
                }
            }
        }
        String predicate = null;
        int contextStart = c.getSpan().getStart();
        if (first > 0) {
            int i = first - 1;
            if (tokens.get(i).quoteMark()) {
                i--;
            }
            for (int steps = 0; i >= 0 && steps < PREDICATE_REACH; i--, steps++) {
                Token t = tokens.get(i);
                if (t.clauseBreak() || t.quoteMark()) {
                    break;
                }
                if (t.content() && !t.key().startsWith("n:") && t.kind() == Token.Kind.WORD) {
                    predicate = t.key();
                    contextStart = t.start();
                    break;
                }
            }
        }
        // What the quote completes, as written, with the quote: "backs the “core idea”".
        int quoteStart = Math.max(0, Math.min(c.getSpan().getStart(), text.length()));
        contextStart = Math.min(contextStart, quoteStart);
        String lead = text.substring(contextStart, quoteStart).replaceAll("[“”\"«»„\\s]+$", "").strip();
        String context = (lead.isEmpty() ? "" : lead + " ") + "“" + c.getText() + "”";
        return new Statement.DirectQuote(c.getText(), Set.copyOf(terms), predicate,
                SpeakerName.of(c.getSpeaker()), mention(article, c, sentenceStart, sentenceEnd), context);
    }

    /** Each negation with the words it denies (heads) and what they apply to (objects), within its clause. */
    private static List<Statement.Negation> negations(String text, List<Token> tokens) {
        List<Statement.Negation> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).negation()) {
                continue;
            }
            Set<String> heads = new HashSet<>();
            int j = i + 1;
            int last = i;
            for (; j < tokens.size() && j <= i + NEGATION_REACH && heads.size() < 2; j++) {
                Token t = tokens.get(j);
                if (t.clauseBreak() || t.negation()) {
                    break;
                }
                if (t.content() && t.kind() == Token.Kind.WORD && !t.key().startsWith("n:")) {
                    heads.add(t.key());
                    last = j;
                }
            }
            if (heads.isEmpty()) {
                continue;
            }
            Set<String> objects = new HashSet<>();
            for (j = last + 1; j < tokens.size() && objects.size() < NEGATION_OBJECTS; j++) {
                Token t = tokens.get(j);
                if (t.clauseBreak() || t.negation() || FigureReader.conjunction(t)) {
                    break;
                }
                if (t.content()) {
                    objects.add(t.key());
                    last = j;
                }
            }
            Token from = tokens.get(i);
            Token to = tokens.get(last);
            out.add(new Statement.Negation(Set.copyOf(heads), Set.copyOf(objects), text.substring(from.start(), to.end()),
                    from.start(), to.end()));
        }
        return List.copyOf(out);
    }

    /** Claims whose sentence spans overlap belong to one sentence (the extractor may repair a split differently). */
    private static void mergeOverlapping(TreeMap<Long, List<Claim>> bySentence) {
        Long previous = null;
        for (Long key : new ArrayList<>(bySentence.keySet())) {
            if (previous != null && (int) (key >>> 32) < (int) (long) previous) {
                List<Claim> claims = bySentence.remove(previous);
                claims.addAll(bySentence.remove(key));
                long merged = (previous & 0xFFFFFFFF00000000L) | Math.max((int) (long) previous, (int) (long) key);
                bySentence.put(merged, claims);
                key = merged;
            }
            previous = key;
        }
    }

    /** The tokens within [start, end), found by binary search in the article's token list. */
    static List<Token> slice(List<Token> tokens, int start, int end) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(lo, to);
    }
}
