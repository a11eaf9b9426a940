package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.speakers.Attribution;
import io.crosscheck.extraction.domain.speakers.ClauseSpeakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.crosscheck.extraction.domain.ContentClaims.contentClaim;
import static io.crosscheck.extraction.domain.ReportingClauses.aroundInterruptingClause;
import static io.crosscheck.extraction.domain.ReportingClauses.asSomeonePutIt;
import static io.crosscheck.extraction.domain.ReportingClauses.contentBeforeReportingClause;
import static io.crosscheck.extraction.domain.ReportingClauses.hostClause;
import static io.crosscheck.extraction.domain.ReportingClauses.splitComplement;
import static io.crosscheck.extraction.domain.Stances.agentOf;
import static io.crosscheck.extraction.domain.Stances.contentEnd;
import static io.crosscheck.extraction.domain.Stances.passiveStance;
import static io.crosscheck.extraction.domain.Stances.stance;

/**
 * Reported speech and attributed positions without quote marks, sentence by sentence: "X said (that) …",
 * "according to X, …", "In the poll, …", belief and stance verbs ({@link Stances}), cue nouns ("his comment
 * about …"), and reporting clauses the parser tied to the wrong word ({@link ReportingClauses}). Content a
 * direct quote or an earlier cue already covers is left to it.
 */
final class IndirectSpeech {
    /** Prepositions that tie a cue noun to what it is about: "comment about", "support for", "attack on". */
    private static final Set<String> NOUN_CONTENT_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "to",
            "over", "toward", "towards");
    /** Verbs whose clause is no one's view: "the advantage is that …". */
    private static final Set<String> COPULAS = Set.of("be", "have", "become", "remain");

    /**
     * Reported speech and attributed beliefs without quote marks, on the parse: "X said (that) CONTENT"
     * (the verb's clausal complement), "CONTENT, X said" and "CONTENT, he said, CONTENT" (the reporting
     * clause hangs off the content), "according to X, CONTENT", and any verb with a clausal complement
     * and an actor as subject ("a poll shows that …", "officials believe …"). Content that a direct
     * quote already covers is left to the quote.
     */
    static List<Claim.Builder> find(AnalyzedText text, Sentence s, ClauseSpeakers speakers,
            Set<Integer> usedCues, List<Claim.Builder> existing) {
        List<Claim.Builder> found = new ArrayList<>();
        addIfNew(found, existing, read("according-to", accordingTo(text, s, speakers, usedCues)));
        addIfNew(found, existing, read("opening-source", openingSource(text, s, speakers)));
        for (Token t : s.tokens()) {
            if (ReportingCues.isCueNoun(t) && !speakers.insideAnyQuote(t)) {
                Claim.Builder claim = read("cue-noun", cueNoun(text, s, t, speakers));
                addIfNew(found, existing, ReportingCues.isSpeechNoun(t) ? claim : asStance(claim));
            } else if (Stances.isStanceAdjective(s, t) && !speakers.insideAnyQuote(t)) {
                addIfNew(found, existing, asStance(read("stance-holder", stance(text, s, t, speakers)))); // "the board was confident that …"
            } else if (t.isVerb() && !speakers.insideAnyQuote(t)
                    && (!usedCues.contains(t.start()) || !s.children(t.index(), "ccomp").isEmpty())) {
                // A cue a direct quote took still reports its whole clause when the quote is only part of it
                // ("said it was “a mistake” to use …"); addIfNew drops the clause when the quote is most of it.
                addIfNew(found, existing, reportedBy(text, s, t, speakers));
            }
        }
        return found;
    }

    /** "according to X, CONTENT" / "CONTENT, according to X". */
    private static Claim.Builder accordingTo(AnalyzedText text, Sentence s, ClauseSpeakers speakers, Set<Integer> usedCues) {
        List<Token> tokens = s.tokens();
        Attribution according = speakers.accordingTo(s);
        if (according == null || usedCues.contains(according.cue().start())) {
            return null;
        }
        int at = according.cue().index();
        int from = 0;
        int to = at - 1;
        if (at <= 1) {
            int comma = at + 2;
            while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
                comma++;
            }
            from = comma + 1;
            to = tokens.size() - 1;
        }
        return contentClaim(text, s, from, to, according.speaker(), according.cue().start(), tokens.get(at + 1).end());
    }

    /** "In the previous poll, CONTENT" when no reporting verb in the sentence tells more. */
    private static Claim.Builder openingSource(AnalyzedText text, Sentence s, ClauseSpeakers speakers) {
        List<Token> tokens = s.tokens();
        Attribution opening = speakers.openingSource(s);
        if (opening == null || tokens.stream().anyMatch(t -> ReportingCues.isSpeechVerb(t) && !speakers.insideAnyQuote(t))) {
            return null;
        }
        int comma = 1;
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        return contentClaim(text, s, comma + 1, tokens.size() - 1, opening.speaker(), opening.cue().start(),
                tokens.get(Math.min(comma, tokens.size()) - 1).end());
    }

    /**
     * What the verb reports or the stance it tells of, by the first reading that applies; or null. What a speech verb
     * reports is speech (an indirect quote), whatever reading found it; what any other verb tells of is a stance.
     */
    private static Claim.Builder reportedBy(AnalyzedText text, Sentence s, Token t, ClauseSpeakers speakers) {
        Claim.Builder asPutIt = asSomeonePutIt(text, s, t, speakers);
        if (asPutIt != null) {
            return read("as-someone-puts-it", asPutIt); // "as the minister put it, …" reports words
        }
        Claim.Builder claim = reportedByVerb(text, s, t, speakers);
        return ReportingCues.isSpeechVerb(t) ? claim : asStance(claim);
    }

    /**
     * Records on the claim's speaker which reading chose it (Speaker.sieve), as the direct-quote sieves do; a
     * reading shared with them ("according-to", "reporting-verb-in-parse", "as-someone-puts-it") has its name.
     * The first reading to name a speaker keeps it. Null stays null.
     */
    private static Claim.Builder read(String reading, Claim.Builder claim) {
        if (claim != null && claim.hasSpeaker() && claim.getSpeaker().getSieve().isEmpty()) {
            claim.setSpeaker(claim.getSpeaker().toBuilder().setSieve(reading));
        }
        return claim;
    }

    /** A claim of a position, not of words (see ClaimKind.CLAIM_KIND_STANCE); null stays null. */
    private static Claim.Builder asStance(Claim.Builder claim) {
        return claim == null ? null : claim.setKind(ClaimKind.CLAIM_KIND_STANCE);
    }

    private static Claim.Builder reportedByVerb(AnalyzedText text, Sentence s, Token t, ClauseSpeakers speakers) {
        boolean speech = ReportingCues.isSpeechVerb(t);
        List<Token> complements = speech ? clausesReported(s, t) : s.children(t.index(), "ccomp");
        Claim.Builder interrupted = speech ? aroundInterruptingClause(text, s, t, speakers) : null;
        if (interrupted != null) {
            return read("interrupting-clause", interrupted);
        }
        Speaker splitSpeaker = speech ? speakers.subjectSpeaker(s, t.index()) : null;
        Claim.Builder split = splitSpeaker == null ? null : splitComplement(text, s, t, splitSpeaker);
        if (split != null) {
            return read("split-complement", split);
        }
        // A reporting verb that hangs off its content ("…, he said, …") reports the rest of the sentence, below.
        boolean reportsAround = t.dep().startsWith("parataxis") || t.dep().equals("ccomp");
        // "think about the bridge" holds nothing: thinking and hoping report only with a clause.
        boolean stanceLike = ReportingCues.isStanceVerb(t) || speech && !reportsAround && !ReportingCues.needsClause(t);
        if (complements.isEmpty() && stanceLike && (!t.dep().startsWith("acl") || relativeSubject(s, t))
                || speech && complements.isEmpty() && agentOf(s, t.index()) >= 0) {
            // Without a clause, a reporting verb reports its object like a stance: "warned officials to
            // boost security", "declared war on the United States", "claimed vast wealth".
            Claim.Builder stance = stanceLike ? stance(text, s, t, speakers) : passiveStance(text, s, t, speakers);
            if (stance == null && !speech && ReportingCues.isStanceVerb(t)) {
                Speaker holder = speakers.holderSubject(s, t.index());
                stance = holder == null ? null : read("host-clause", hostClause(text, s, t, holder)); // "I know your returns are audited"
            }
            if (stance != null) {
                // A speech verb with only a thing as object reports an act, not words: "denied the allegations",
                // "reported the trade", "added 0.4 per cent". It reports words when a predicate or quoted words
                // follow: "urged police to investigate", "called it a “takeover”", "described her as the mother".
                return read("stance-holder", speech && !predicatesWords(s, t, stance, speakers) ? asStance(stance) : stance);
            }
        }
        // A belief verb counts in its own clause, not inside a relative clause ("the deal that the minister thought…"),
        // and only with a finite clause as complement: "shows that the mayor leads", not "yielded no breakthrough".
        if (!speech && (complements.isEmpty() || t.dep().startsWith("acl")
                || s.children(complements.get(0).index(), "nsubj").isEmpty() || COPULAS.contains(t.lowerLemma()))) {
            return null;
        }
        // A known stance verb tells of a holder whatever its subject; any other verb with a clause only for an actor.
        Speaker speaker = speech ? speakers.subjectSpeaker(s, t.index())
                : ReportingCues.isStanceVerb(t) ? speakers.holderSubject(s, t.index()) : speakers.actorSubject(s, t.index());
        if (speaker == null) {
            return null;
        }
        if (!complements.isEmpty()) {
            int c = complementAfter(complements, t);
            int from = s.subtreeFirst(c);
            while (from < c && (s.tokens().get(from).dep().equals("mark") || s.tokens().get(from).isPunctuation())) {
                from++;
            }
            return read("reporting-verb-in-parse", contentClaim(text, s, from, contentEnd(s, c, s.subtreeLast(c)), speaker, t.start(), t.end()));
        }
        Claim.Builder around = speech ? read("host-clause", hostClause(text, s, t, speaker)) : null;
        return around == null && speech ? read("content-before-reporting-clause", contentBeforeReportingClause(text, s, t, speaker)) : around;
    }

    /**
     * The clauses a speech verb reports: its clausal complements, or, when it has neither those nor an object, a finite
     * clause with a subject of its own set after it by a comma ("Guest said too often, the ER becomes a safety net"),
     * which the parser hangs on the verb as parataxis.
     */
    private static List<Token> clausesReported(Sentence s, Token verb) {
        List<Token> complements = s.children(verb.index(), "ccomp");
        if (!complements.isEmpty() || !s.children(verb.index(), "obj").isEmpty()) {
            return complements;
        }
        List<Token> after = new ArrayList<>();
        for (Token clause : s.children(verb.index(), "parataxis")) {
            boolean commaBefore = clause.index() > verb.index() && s.tokens().get(s.subtreeFirst(clause.index()) - 1).text().equals(",");
            if (commaBefore && s.finite(clause.index()) && !s.children(clause.index(), "nsubj").isEmpty()) {
                after.add(clause);
            }
        }
        return after;
    }

    /**
     * Whether a clause-less speech verb still reports what someone said: a predicate after its object ("urged
     * police [to investigate]", "called it [a takeover]", "report [experiencing discrimination]"), a predicate
     * introduced by "as" ("described the attempt [as a carjacking]"), or quoted words in what it reports.
     */
    private static boolean predicatesWords(Sentence s, Token verb, Claim.Builder content, ClauseSpeakers speakers) {
        if (!s.children(verb.index(), "xcomp").isEmpty()) {
            return true;
        }
        for (Token child : s.tokens()) {
            if (child.head() == verb.index() && child.dep().startsWith("obl") && child.index() > verb.index()
                    && s.children(child.index(), "case").stream().anyMatch(c -> c.lowerLemma().equals("as"))) {
                return true;
            }
        }
        return s.tokens().stream().anyMatch(t -> t.start() >= content.getSpan().getStart()
                && t.end() <= content.getSpan().getEnd() && speakers.insideAnyQuote(t));
    }

    /**
     * The verb's complement proper: the first clause after it. A second clause before the subject is a fronted
     * aside the parser took for a complement ("As improbable as it may seem, Clarke said the deal had helped").
     */
    private static int complementAfter(List<Token> complements, Token verb) {
        for (Token c : complements) {
            if (c.index() > verb.index()) {
                return c.index();
            }
        }
        return complements.get(0).index();
    }

    /** "The senator's claim that there have been …": the possessor holds the claim, the clause is its content. */
    private static Claim.Builder cueNoun(AnalyzedText text, Sentence s, Token noun, ClauseSpeakers speakers) {
        List<Token> owners = s.children(noun.index(), "nmod:poss");
        Speaker speaker;
        if (!owners.isEmpty()) {
            speaker = speakers.speakerAt(s, owners.get(0).index());
        } else if (noun.dep().equals("obj") && noun.head() >= 0 && s.tokens().get(noun.head()).isVerb()) {
            speaker = speakers.holderSubject(s, noun.head()); // "advocates expressed deep concern about the policy"
        } else {
            return null;
        }
        if (speaker == null) {
            return null;
        }
        for (Token child : s.tokens()) {
            if (child.head() == noun.index() && child.index() > noun.index()
                    && (child.dep().equals("acl") || child.dep().equals("ccomp"))) {
                // "the claim that the ferry will run": the clause is what was said; a relative clause ("the
                // statement that was relayed to media") only tells of the statement.
                int from = s.subtreeFirst(child.index());
                while (from < child.index() && (s.tokens().get(from).dep().equals("mark") || s.tokens().get(from).isPunctuation())) {
                    from++;
                }
                return contentClaim(text, s, from, s.subtreeLast(child.index()), speaker, noun.start(), noun.end());
            }
        }
        // "his infamous comment about 47 percent of the country …", "Trump's adulation of Putin": the phrase after it,
        // what the comment was about rather than its words, so a stance even after a speech noun.
        for (Token child : s.children(noun.index(), "nmod")) {
            boolean about = child.index() > noun.index() && s.children(child.index(), "case").stream()
                    .anyMatch(c -> NOUN_CONTENT_PREPOSITIONS.contains(c.text().toLowerCase(java.util.Locale.ROOT)));
            if (about) {
                int from = s.subtreeFirst(child.index());
                while (from < child.index() && s.tokens().get(from).dep().equals("case")) {
                    from++;
                }
                return asStance(contentClaim(text, s, from, s.subtreeLast(child.index()), speaker, noun.start(), noun.end(), 1));
            }
        }
        return null;
    }

    /** "a super PAC that intends to …", "demonstrators, who called for …": the relative pronoun is the subject. */
    private static boolean relativeSubject(Sentence s, Token verb) {
        return s.children(verb.index(), "nsubj").stream().anyMatch(c -> c.pos().startsWith("W"));
    }

    /** Keeps a claim whose content no claim of the sentence covers yet (a direct quote or an earlier cue). */
    private static void addIfNew(List<Claim.Builder> found, List<Claim.Builder> existing, Claim.Builder claim) {
        if (claim == null) {
            return;
        }
        int start = claim.getSpan().getStart();
        int end = claim.getSpan().getEnd();
        for (List<Claim.Builder> list : List.of(existing, found)) {
            for (Claim.Builder other : list) {
                int overlap = Math.min(end, other.getSpan().getEnd()) - Math.max(start, other.getSpan().getStart());
                // A partial quote inside reported speech ("said her foot was “so swollen …”") leaves the clause its own claim.
                if (overlap > (end - start) * 4 / 5) {
                    return;
                }
            }
        }
        found.add(claim);
    }

    private IndirectSpeech() {
    }
}
