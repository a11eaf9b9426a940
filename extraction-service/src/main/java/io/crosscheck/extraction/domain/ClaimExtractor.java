package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Cue;
import io.crosscheck.common.v1.EntityMention;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns an analysed news text into claims: direct quotes with their speakers, indirect speech
 * ("X said that …", "according to X, …") and the factual statements nobody is cited for, each with
 * its numbers, dates, entities, attribution level and check-worthiness, all as spans into the text.
 */
public final class ClaimExtractor {
    /** Bump whenever extraction output changes: stored claims of older versions are re-extracted. */
    public static final String VERSION = "news-0.1.0";

    private static final int MIN_STATEMENT_TOKENS = 6;
    private static final int MIN_INDIRECT_CONTENT_TOKENS = 3;
    /** Quotes this short without a cue in their sentence are terms or scare quotes, not speech. */
    private static final int MAX_TERM_WORDS = 4;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final QuantityReader quantityReader = new QuantityReader();
    private final TimeResolver timeResolver = new TimeResolver();

    public ClaimSet extract(AnalyzedText text, LocalDate published) {
        String raw = text.text();
        List<QuoteSpan> quotes = quoteFinder.find(raw);
        EntityIndex entities = new EntityIndex(text);
        SpeakerFinder speakers = new SpeakerFinder(text, entities, quotes);
        List<Quantity> quantities = quantityReader.read(text);
        List<TimeExpression> times = timeResolver.resolve(raw, published, text.sentences());

        List<Claim.Builder> claims = new ArrayList<>();
        BitSet sentencesWithClaims = new BitSet();
        BitSet usedCues = new BitSet(raw.length());
        directQuotes(text, quotes, speakers, claims, sentencesWithClaims, usedCues);
        indirectSpeech(text, quotes, speakers, claims, sentencesWithClaims, usedCues);
        statements(text, claims, sentencesWithClaims);

        claims.sort((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()));
        ClaimSet.Builder set = ClaimSet.newBuilder().setExtractorVersion(VERSION).addAllEntities(entities.entities());
        for (Claim.Builder claim : claims) {
            attachParts(claim, text, entities, quantities, times);
            String sentence = raw.substring(claim.getSentenceSpan().getStart(), claim.getSentenceSpan().getEnd());
            boolean denial = claim.hasCue() && isDenial(text, claim.getCue().getSpan().getStart());
            claim.setAttribution(ClaimScoring.attribution(claim, sentence, denial));
            claim.setCheckWorthiness(ClaimScoring.checkWorthiness(claim));
            set.addClaims(claim);
        }
        return set.build();
    }

    private void directQuotes(AnalyzedText text, List<QuoteSpan> quotes, SpeakerFinder speakers, List<Claim.Builder> claims,
            BitSet sentencesWithClaims, BitSet usedCues) {
        Speaker lastSpeaker = null;
        int lastSpeakerSentence = -10;
        for (QuoteSpan q : quotes) {
            Sentence s = text.sentenceAt(q.contentStart());
            if (s == null) {
                continue;
            }
            int cue = nearestCue(s, q, quotes);
            Speaker speaker = cue >= 0 ? speakers.find(s, cue) : null;
            if (speaker == null && cue < 0) {
                speaker = colonIntroduced(text, s, quotes, speakers);
            }
            boolean wholeSentence = q.contentStart() - s.start() <= 2 && s.end() - q.contentEnd() <= 2;
            if (speaker == null && lastSpeaker != null && s.index() - lastSpeakerSentence <= 2
                    && (q.continuesQuote() || (wholeSentence && cue < 0 && q.wordCount(text.text()) > MAX_TERM_WORDS))) {
                speaker = lastSpeaker;
            }
            if (speaker == null && cue < 0) {
                continue;
            }
            Claim.Builder claim = Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE)
                    .setText(text.text().substring(q.contentStart(), q.contentEnd()))
                    .setSpan(span(q.contentStart(), q.contentEnd()))
                    .setSentenceSpan(span(s.start(), s.end()));
            if (speaker != null) {
                claim.setSpeaker(speaker);
                lastSpeaker = speaker;
                lastSpeakerSentence = s.index();
            }
            if (cue >= 0) {
                Token t = s.tokens().get(cue);
                claim.setCue(Cue.newBuilder().setText(t.text()).setSpan(span(t.start(), t.end())));
                usedCues.set(t.start());
            }
            claims.add(claim);
            for (Sentence covered : text.sentences()) {
                if (covered.start() < q.end() && q.start() < covered.end()) {
                    sentencesWithClaims.set(covered.index());
                }
            }
        }
    }

    /** The reporting verb outside quotes nearest to the quote in its sentence, or -1. */
    private static int nearestCue(Sentence s, QuoteSpan q, List<QuoteSpan> quotes) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            if (!ReportingCues.isSpeechVerb(t) || inAnyQuote(t, quotes)) {
                continue;
            }
            int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
            if (distance >= 0 && distance < bestDistance) {
                best = t.index();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "Trump wrote on social media:" ending the sentence before a quote introduces it. */
    private static Speaker colonIntroduced(AnalyzedText text, Sentence s, List<QuoteSpan> quotes, SpeakerFinder speakers) {
        String before = text.text().substring(s.start(), Math.max(s.start(), quoteStartIn(s, quotes))).strip();
        Sentence intro = s;
        if (before.isEmpty() && s.index() > 0) {
            intro = text.sentences().get(s.index() - 1);
            before = text.text().substring(intro.start(), intro.end()).strip();
        }
        if (!before.endsWith(":")) {
            return null;
        }
        for (int i = intro.tokens().size() - 1; i >= 0; i--) {
            Token t = intro.tokens().get(i);
            if (ReportingCues.isSpeechVerb(t) && !inAnyQuote(t, quotes)) {
                return speakers.find(intro, i);
            }
        }
        return null;
    }

    private static int quoteStartIn(Sentence s, List<QuoteSpan> quotes) {
        for (QuoteSpan q : quotes) {
            if (s.contains(q.start())) {
                return q.start();
            }
        }
        return s.end();
    }

    /** Reported speech without quote marks: "X said (that) …", "…, X said", "according to X, …". */
    private void indirectSpeech(AnalyzedText text, List<QuoteSpan> quotes, SpeakerFinder speakers, List<Claim.Builder> claims,
            BitSet sentencesWithClaims, BitSet usedCues) {
        for (Sentence s : text.sentences()) {
            if (sentencesWithClaims.get(s.index())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (inAnyQuote(t, quotes) || usedCues.get(t.start())) {
                    continue;
                }
                Claim.Builder claim = null;
                if (ReportingCues.isAccordingTo(tokens, i)) {
                    claim = accordingTo(text, s, i, speakers);
                } else if (ReportingCues.isSpeechVerb(t)) {
                    claim = reported(text, s, i, speakers);
                }
                if (claim != null) {
                    claims.add(claim);
                    sentencesWithClaims.set(s.index());
                    break;
                }
            }
        }
    }

    private static Claim.Builder reported(AnalyzedText text, Sentence s, int cue, SpeakerFinder speakers) {
        Speaker speaker = speakers.find(s, cue);
        if (speaker == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int contentStart;
        int contentEnd;
        if (speaker.getSpan().getStart() < tokens.get(cue).start()) {
            // "X said (on Tuesday) (that) CONTENT" or "X told the FT (that) CONTENT".
            int i = cue + 1;
            boolean sawThat = false;
            while (i < tokens.size() && i <= cue + 8 && !tokens.get(i).lowerLemma().equals("that")
                    && !startsClause(tokens, i)) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).lowerLemma().equals("that")) {
                sawThat = true;
                i++;
            }
            if (!sawThat && ReportingCues.needsClause(tokens.get(cue))) {
                return null;
            }
            if (i >= tokens.size()) {
                return null;
            }
            contentStart = tokens.get(i).start();
            contentEnd = endWithoutPunctuation(tokens);
        } else {
            // "CONTENT, X said." — the content runs up to the comma before the cue.
            int comma = cue - 1;
            while (comma > 0 && !tokens.get(comma).text().equals(",")) {
                comma--;
            }
            if (comma <= 0) {
                return null;
            }
            contentStart = tokens.get(0).start();
            contentEnd = tokens.get(comma - 1).end();
        }
        if (countTokens(tokens, contentStart, contentEnd) < MIN_INDIRECT_CONTENT_TOKENS) {
            return null;
        }
        Token cueToken = tokens.get(cue);
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                .setText(text.text().substring(contentStart, contentEnd)).setSpan(span(contentStart, contentEnd))
                .setSentenceSpan(span(s.start(), s.end())).setSpeaker(speaker)
                .setCue(Cue.newBuilder().setText(cueToken.text()).setSpan(span(cueToken.start(), cueToken.end())));
    }

    private static Claim.Builder accordingTo(AnalyzedText text, Sentence s, int at, SpeakerFinder speakers) {
        Speaker speaker = speakers.findAfter(s, at + 2);
        if (speaker == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int contentStart;
        int contentEnd;
        if (at <= 1) {
            // "According to X, CONTENT."
            int comma = at + 2;
            while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
                comma++;
            }
            if (comma + 1 >= tokens.size()) {
                return null;
            }
            contentStart = tokens.get(comma + 1).start();
            contentEnd = endWithoutPunctuation(tokens);
        } else {
            // "CONTENT, according to X."
            contentStart = tokens.get(0).start();
            int end = at - 1;
            while (end > 0 && tokens.get(end).isPunctuation()) {
                end--;
            }
            contentEnd = tokens.get(end).end();
        }
        if (contentEnd <= contentStart || countTokens(tokens, contentStart, contentEnd) < MIN_INDIRECT_CONTENT_TOKENS) {
            return null;
        }
        int cueEnd = tokens.get(at + 1).end();
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                .setText(text.text().substring(contentStart, contentEnd)).setSpan(span(contentStart, contentEnd))
                .setSentenceSpan(span(s.start(), s.end())).setSpeaker(speaker)
                .setCue(Cue.newBuilder().setText(text.text().substring(tokens.get(at).start(), cueEnd))
                        .setSpan(span(tokens.get(at).start(), cueEnd)));
    }

    /** Factual sentences nobody is cited for. Headlines (no final punctuation) and fragments are skipped. */
    private static void statements(AnalyzedText text, List<Claim.Builder> claims, BitSet sentencesWithClaims) {
        for (Sentence s : text.sentences()) {
            if (sentencesWithClaims.get(s.index()) || s.tokens().size() < MIN_STATEMENT_TOKENS) {
                continue;
            }
            Token last = s.tokens().get(s.tokens().size() - 1);
            boolean finished = last.text().equals(".") || last.text().equals("!") || last.text().endsWith("”")
                    || last.text().equals("\"");
            boolean hasVerb = s.tokens().stream().anyMatch(Token::isVerb);
            if (!finished || !hasVerb) {
                continue;
            }
            claims.add(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT)
                    .setText(text.text().substring(s.start(), s.end())).setSpan(span(s.start(), s.end()))
                    .setSentenceSpan(span(s.start(), s.end())));
        }
    }

    private static void attachParts(Claim.Builder claim, AnalyzedText text, EntityIndex entities,
            List<Quantity> quantities, List<TimeExpression> times) {
        int start = claim.getSpan().getStart();
        int end = claim.getSpan().getEnd();
        for (Quantity q : quantities) {
            if (q.getSpan().getStart() >= start && q.getSpan().getEnd() <= end) {
                claim.addQuantities(q);
            }
        }
        for (TimeExpression t : times) {
            if (t.getSpan().getStart() >= claim.getSentenceSpan().getStart() && t.getSpan().getEnd() <= claim.getSentenceSpan().getEnd()) {
                claim.addTimes(t);
            }
        }
        for (NamedMention m : text.mentions()) {
            var type = EntityIndex.typeOf(m.type());
            if (type != null && m.start() >= start && m.end() <= end) {
                claim.addEntities(EntityMention.newBuilder().setCanonicalName(entities.canonical(m)).setType(type)
                        .setSpan(span(m.start(), m.end())));
            }
        }
    }

    private static boolean isDenial(AnalyzedText text, int cueStart) {
        Sentence s = text.sentenceAt(cueStart);
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.start() == cueStart) {
                return ReportingCues.isDenial(t);
            }
        }
        return false;
    }

    private static boolean startsClause(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // A subject pronoun or a determiner after the cue's object starts the reported clause.
        return i > 0 && (t.pos().equals("PRP") || t.pos().equals("DT") || t.pos().equals("NNP") && tokens.get(i - 1).isNoun()
                || t.pos().equals("EX"));
    }

    private static int endWithoutPunctuation(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end > 0 && tokens.get(end).isPunctuation()) {
            end--;
        }
        return tokens.get(end).end();
    }

    private static int countTokens(List<Token> tokens, int start, int end) {
        int n = 0;
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end && !t.isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    private static boolean inAnyQuote(Token t, List<QuoteSpan> quotes) {
        for (QuoteSpan q : quotes) {
            if (t.start() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
