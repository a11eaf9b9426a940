package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Cue;
import io.crosscheck.common.v1.EntityMention;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.extraction.domain.speakers.ActorMemory;
import io.crosscheck.extraction.domain.speakers.Attribution;
import io.crosscheck.extraction.domain.speakers.ClauseSpeakers;
import io.crosscheck.extraction.domain.speakers.SieveChain;
import io.crosscheck.extraction.domain.speakers.SpeakerContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.crosscheck.extraction.domain.ContentClaims.span;

/**
 * Turns an analysed news text into claims: direct quotes with their speakers, indirect speech
 * ("X said that …", "according to X, …") and the factual statements nobody is cited for, each with
 * its numbers, dates, entities, attribution level and check-worthiness, all as spans into the text.
 */
public final class ClaimExtractor {
    /** Bump whenever extraction output changes: stored claims of older versions are re-extracted. */
    public static final String VERSION = "news-0.15.0";

    private static final int MIN_STATEMENT_TOKENS = 6;
    /**
     * A statement is a factual sentence: it must name something checkable (a number, a date, a name or an
     * event) without opinion wording cancelling it. Below this check-worthiness (the score of a sentence
     * with none of those) a sentence nobody is cited for is no claim. Attributed claims are always kept.
     */
    static final double MIN_STATEMENT_CHECK_WORTHINESS = 0.2;
    private static final int MIN_NUMERIC_STATEMENT_TOKENS = 3;
    /**
     * Words a sentence with neither a number nor a date needs to be a statement: short unanchored sentences
     * are transitions and scene-setting ("But the mood had changed."), too unspecific to check or to match
     * across outlets.
     */
    private static final int MIN_UNANCHORED_STATEMENT_WORDS = 16;
    /** Words a reporting clause between two parts of one quote may have, an apposition included ("said Ilse
     * Maren, the mayor of the town since 2019 and a former harbour master, on Tuesday"). */
    private static final int MAX_SPLIT_CLAUSE_WORDS = 30;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final QuantityReader quantityReader = new QuantityReader();
    private final TimeResolver timeResolver = new TimeResolver();
    private final FigureFrames frames = new FigureFrames();
    private final SieveChain sieves;

    /** With the speaker sieves speakers/sieves.txt configures (read now, so a bad list fails at start). */
    public ClaimExtractor() {
        this(SieveChain.configured());
    }

    public ClaimExtractor(SieveChain sieves) {
        this.sieves = sieves;
    }

    public ClaimSet extract(AnalyzedText text, LocalDate published) {
        String raw = text.text();
        List<QuoteSpan> quotes = quoteFinder.find(raw);
        EntityIndex entities = new EntityIndex(text);
        ActorMemory actors = new ActorMemory();
        SpeakerContext speakerContext = new SpeakerContext(text, entities, quotes, actors);
        ClauseSpeakers speakers = new ClauseSpeakers(speakerContext);
        List<Quantity> quantities = quantityReader.read(text);
        List<TimeExpression> times = timeResolver.resolve(raw, published, text.sentences());

        List<Claim.Builder> claims = new ArrayList<>();
        BitSet sentencesWithClaims = new BitSet();
        Set<Integer> usedCues = new HashSet<>();
        List<LabelledLines.Line> labelled = LabelledLines.find(text, entities);
        for (LabelledLines.Line line : labelled) {
            claims.add(labelledClaim(text, line));
        }
        List<int[]> linkTitles = LabelledLines.linkTitles(raw);
        // Sentence by sentence, so that pronouns and roles resolve against who acted before them.
        for (Sentence s : text.sentences()) {
            if (linkTitles.stream().anyMatch(l -> l[0] <= s.start() && s.end() <= l[1])) {
                sentencesWithClaims.set(s.index()); // another page's title: neither a claim nor a statement here
                continue;
            }
            speakers.remember(s);
            for (QuoteSpan q : quotes) {
                if (s.contains(q.contentStart()) && !withinLabelledLine(q, labelled)) {
                    directQuote(text, q, speakerContext, actors, claims, sentencesWithClaims, usedCues);
                }
            }
            if (labelled.stream().anyMatch(l -> s.start() < l.contentEnd() && l.contentStart() < s.end())) {
                sentencesWithClaims.set(s.index());
            }
            for (Claim.Builder indirect : IndirectSpeech.find(text, s, speakers, usedCues, claims)) {
                claims.add(indirect);
                if (actsInMainClause(s, indirect.getCue().getSpan().getStart())) {
                    actors.add(indirect.getSpeaker().getSpan().getStart(), indirect.getSpeaker().getCanonicalName(),
                            indirect.getSpeaker().getType());
                    // "Ilse Maren says the system is …" then a bare quote: the quote carries on the latest speaker,
                    // whether the last words were quoted or reported.
                    if (indirect.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE) {
                        speakerContext.quoteSpoken(indirect.getSpeaker(), s.index());
                    }
                }
                sentencesWithClaims.set(s.index());
            }
        }
        MixedQuotes.fold(claims);
        statements(text, claims, sentencesWithClaims, quantities, times);
        // Every quantity with its frame (measure, scope, time, source, event), in the set and in its claims alike.
        quantities = frames.frame(text, quantities, times, claims, entities, published);

        claims.sort((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()));
        ClaimSet.Builder set = ClaimSet.newBuilder().setExtractorVersion(VERSION).addAllEntities(entities.entities())
                .addAllQuantities(quantities);
        for (Claim.Builder claim : claims) {
            attachParts(claim, text, entities, quantities, times);
            String sentence = raw.substring(claim.getSentenceSpan().getStart(), claim.getSentenceSpan().getEnd());
            boolean denial = claim.hasCue() && isDenial(text, claim.getCue().getSpan().getStart());
            claim.setAttribution(ClaimScoring.attribution(claim, sentence, denial));
            claim.setCheckWorthiness(ClaimScoring.checkWorthiness(claim));
            if (claim.getKind() == ClaimKind.CLAIM_KIND_STATEMENT && claim.getCheckWorthiness() < MIN_STATEMENT_CHECK_WORTHINESS) {
                continue; // nothing checkable in it: opinion, filler or scene-setting, not a factual statement
            }
            set.addClaims(claim);
        }
        return set.build();
    }

    private void directQuote(AnalyzedText text, QuoteSpan q, SpeakerContext speakerContext, ActorMemory actors,
            List<Claim.Builder> claims, BitSet sentencesWithClaims, Set<Integer> usedCues) {
        List<Sentence> spanned = text.sentences().stream().filter(s -> s.start() < q.end() && q.start() < s.end()).toList();
        if (spanned.isEmpty()) {
            return;
        }
        Sentence first = spanned.get(0);
        Attribution attribution = sieves.attribute(q, speakerContext);
        if (attribution == null) {
            return; // a term or a scare quote: nobody is cited for it
        }
        Speaker speaker = attribution.speaker();
        Token cue = attribution.cue();
        Claim.Builder claim = Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE)
                .setText(text.text().substring(q.contentStart(), q.contentEnd()))
                .setSpan(span(q.contentStart(), q.contentEnd()))
                .setSentenceSpan(span(first.start(), spanned.get(spanned.size() - 1).end()))
                .setSpeaker(speaker);
        if (cue != null) {
            int cueEnd = ReportingCues.isAccordingTo(sentenceOf(text, cue).tokens(), cue.index())
                    ? sentenceOf(text, cue).tokens().get(cue.index() + 1).end() : cue.end();
            claim.setCue(Cue.newBuilder().setText(text.text().substring(cue.start(), cueEnd)).setSpan(span(cue.start(), cueEnd)));
            if (!quotedMidClause(text.text(), q)) {
                usedCues.add(cue.start());
            }
        }
        Claim.Builder opening = openingPart(text.text(), claims, claim);
        if (opening != null) {
            joinParts(text.text(), opening, claim);
        } else {
            claims.add(claim);
        }
        actors.add(speaker.getSpan().getStart(), speaker.getCanonicalName(), speaker.getType());
        speakerContext.quoteSpoken(speaker, spanned.get(spanned.size() - 1).index());
        spanned.forEach(s -> sentencesWithClaims.set(s.index()));
    }

    /**
     * The first part of a quote split around its reporting clause ("“…,” she said, “…”" or "“…,” she said.
     * “…”"): the previous quote of the same speaker in the same paragraph, with nothing between the two but
     * the reporting clause. One utterance is one claim, so the second part extends the first.
     */
    private static Claim.Builder openingPart(String raw, List<Claim.Builder> claims, Claim.Builder second) {
        Claim.Builder previous = null;
        for (int i = claims.size() - 1; i >= 0 && previous == null; i--) {
            if (claims.get(i).getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE) {
                previous = claims.get(i);
            }
        }
        if (previous == null || !previous.hasCue() || previous.getSpan().getEnd() > second.getSpan().getStart()
                || !previous.getSpeaker().getCanonicalName().equals(second.getSpeaker().getCanonicalName())) {
            return null;
        }
        int gapStart = previous.getSpan().getEnd();
        int gapEnd = second.getSpan().getStart();
        String gap = raw.substring(gapStart, gapEnd);
        int cueStart = previous.getCue().getSpan().getStart();
        boolean reportingClauseBetween = cueStart >= gapStart && cueStart < gapEnd;
        boolean shortGap = gap.strip().split("\\s+").length <= MAX_SPLIT_CLAUSE_WORDS;
        // "“…,” Warren said. “…” to drive up the price, she said": a second part with a cue of its own is another utterance.
        boolean ownCue = second.hasCue() && second.getCue().getSpan().getStart() != cueStart
                || quotedMidClause(raw, second.getSpan().getStart() - 1);
        return reportingClauseBetween && shortGap && !ownCue && gap.indexOf('\n') < 0 ? previous : null;
    }

    private static void joinParts(String raw, Claim.Builder opening, Claim.Builder second) {
        // The text is what the span holds, reporting clause included: every claim text is traceable.
        opening.setText(raw.substring(opening.getSpan().getStart(), second.getSpan().getEnd()))
                .setSpan(span(opening.getSpan().getStart(), second.getSpan().getEnd()))
                .setSentenceSpan(span(opening.getSentenceSpan().getStart(),
                        Math.max(opening.getSentenceSpan().getEnd(), second.getSentenceSpan().getEnd())));
    }

    /**
     * A partial quote: words quoted inside the speaker's reported clause ("the plan was “dead on arrival”",
     * "called him a “con artist”"). The mark follows a word rather than the start of a sentence, a colon or
     * a comma, so the clause around it is reported speech too and the cue stays free for it.
     */
    private static boolean quotedMidClause(String raw, QuoteSpan q) {
        return quotedMidClause(raw, q.start());
    }

    /** Whether the quote mark at markStart follows a word ("was “dead on arrival”") rather than a clause boundary. */
    private static boolean quotedMidClause(String raw, int markStart) {
        int i = markStart - 1;
        while (i >= 0 && raw.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(raw.charAt(i));
    }

    /** A transcript, vox-pop or headline line: the words after the label are the labelled source's. */
    private static Claim.Builder labelledClaim(AnalyzedText text, LabelledLines.Line line) {
        Sentence first = text.sentenceAt(line.contentStart());
        Sentence last = text.sentenceAt(Math.max(line.contentStart(), line.contentEnd() - 1));
        int sentenceStart = first != null ? first.start() : line.contentStart();
        int sentenceEnd = last != null ? last.end() : line.contentEnd();
        return Claim.newBuilder().setKind(line.verbatim() ? ClaimKind.CLAIM_KIND_DIRECT_QUOTE : ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                .setText(text.text().substring(line.contentStart(), line.contentEnd()))
                .setSpan(span(line.contentStart(), line.contentEnd()))
                .setSentenceSpan(span(Math.min(sentenceStart, line.contentStart()), Math.max(sentenceEnd, line.contentEnd())))
                .setSpeaker(line.speaker())
                .setCue(Cue.newBuilder().setText(text.text().substring(line.markStart(), line.markEnd()))
                        .setSpan(span(line.markStart(), line.markEnd())));
    }

    private static boolean withinLabelledLine(QuoteSpan q, List<LabelledLines.Line> labelled) {
        return labelled.stream().anyMatch(l -> q.contentStart() <= l.contentEnd() && l.contentStart() <= q.contentEnd());
    }

    /**
     * Whether the cue makes its speaker an actor others refer back to: a reporting verb ("said",
     * "according to") outside relative clauses, not a belief ("the deal the minister thought…").
     */
    private static boolean actsInMainClause(Sentence s, int cueStart) {
        for (Token t : s.tokens()) {
            if (t.start() == cueStart) {
                return ReportingCues.isAccordingTo(s.tokens(), t.index())
                        || ReportingCues.isSpeechVerb(t) && !ReportingCues.needsClause(t) && !t.dep().startsWith("acl");
            }
        }
        return false;
    }

    private static Sentence sentenceOf(AnalyzedText text, Token t) {
        return text.sentenceAt(t.start());
    }

    /**
     * Factual sentences nobody is cited for, and the outlet's own framing around a quote when it carries
     * a number no claim covers ("…the collapse, which resulted in three deaths, saying “…”"). Headlines
     * (no final punctuation) and fragments are skipped.
     */
    private static void statements(AnalyzedText text, List<Claim.Builder> claims, BitSet sentencesWithClaims,
            List<Quantity> quantities, List<TimeExpression> times) {
        List<Claim.Builder> attributed = List.copyOf(claims);
        for (Sentence s : text.sentences()) {
            boolean numeric = quantities.stream().anyMatch(q -> s.contains(q.getSpan().getStart()));
            boolean dated = times.stream().anyMatch(t -> s.contains(t.getSpan().getStart()));
            // Short sentences count when they carry a number: "Seven people were killed." is checkable.
            if (s.tokens().size() < (numeric ? MIN_NUMERIC_STATEMENT_TOKENS : MIN_STATEMENT_TOKENS)) {
                continue;
            }
            if (!numeric && !dated && s.tokens().stream().filter(t -> !t.isPunctuation()).count() < MIN_UNANCHORED_STATEMENT_WORDS) {
                continue;
            }
            if (sentencesWithClaims.get(s.index()) && !hasUncoveredNumber(s, attributed, quantities)) {
                continue;
            }
            Token last = s.tokens().get(s.tokens().size() - 1);
            boolean finished = last.text().equals(".") || last.text().equals("!") || last.text().endsWith("”")
                    || last.text().equals("\"");
            boolean hasVerb = s.tokens().stream().anyMatch(Token::isVerb);
            if (!finished || !hasVerb || isImperative(s)) {
                continue;
            }
            claims.add(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT)
                    .setText(text.text().substring(s.start(), s.end())).setSpan(span(s.start(), s.end()))
                    .setSentenceSpan(span(s.start(), s.end())));
        }
    }

    /** "3 Take action.", "Think broadly.": advice, not an assertion (a list number before it is no quantity). */
    private static boolean isImperative(Sentence s) {
        for (Token t : s.tokens()) {
            if (!t.isPunctuation() && !t.pos().equals("CD")) {
                return t.pos().equals("VB") && Character.isUpperCase(t.text().charAt(0));
            }
        }
        return false;
    }

    private static boolean hasUncoveredNumber(Sentence s, List<Claim.Builder> claims, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            int start = q.getSpan().getStart();
            // A number in a claim's content or its speaker ("…, one slide says") is accounted for.
            if (s.contains(start) && claims.stream().noneMatch(c -> c.getSpan().getStart() <= start && start < c.getSpan().getEnd()
                    || c.hasSpeaker() && c.getSpeaker().getSpan().getStart() <= start && start < c.getSpeaker().getSpan().getEnd())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Attaches the numbers, dates and entities inside the claim. All three lists are in text order, so
     * each is entered at the claim's start by binary search: a long text has many claims and many parts.
     */
    private static void attachParts(Claim.Builder claim, AnalyzedText text, EntityIndex entities,
            List<Quantity> quantities, List<TimeExpression> times) {
        int start = claim.getSpan().getStart();
        int end = claim.getSpan().getEnd();
        for (int i = firstFrom(quantities, start, q -> q.getSpan().getStart()); i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (q.getSpan().getStart() >= end) {
                break;
            }
            if (q.getSpan().getEnd() <= end) {
                claim.addQuantities(q);
            }
        }
        int sentenceStart = claim.getSentenceSpan().getStart();
        int sentenceEnd = claim.getSentenceSpan().getEnd();
        for (int i = firstFrom(times, sentenceStart, t -> t.getSpan().getStart()); i < times.size(); i++) {
            TimeExpression t = times.get(i);
            if (t.getSpan().getStart() >= sentenceEnd) {
                break;
            }
            if (t.getSpan().getEnd() <= sentenceEnd) {
                claim.addTimes(t);
            }
        }
        List<NamedMention> mentions = text.mentions();
        for (int i = firstFrom(mentions, start, NamedMention::start); i < mentions.size(); i++) {
            NamedMention m = mentions.get(i);
            if (m.start() >= end) {
                break;
            }
            var type = EntityIndex.typeOf(m.type());
            if (type != null && m.end() <= end) {
                claim.addEntities(EntityMention.newBuilder().setCanonicalName(entities.canonical(m)).setType(type)
                        .setSpan(span(m.start(), m.end())));
            }
        }
    }

    /** Index of the first item whose start is at or after the offset, in a list sorted by start. */
    private static <T> int firstFrom(List<T> sorted, int offset, java.util.function.ToIntFunction<T> startOf) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startOf.applyAsInt(sorted.get(mid)) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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

}
