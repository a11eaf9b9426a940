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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an analysed news text into claims: direct quotes with their speakers, indirect speech
 * ("X said that …", "according to X, …") and the factual statements nobody is cited for, each with
 * its numbers, dates, entities, attribution level and check-worthiness, all as spans into the text.
 */
public final class ClaimExtractor {
    /** Bump whenever extraction output changes: stored claims of older versions are re-extracted. */
    public static final String VERSION = "news-0.4.0";

    private static final int MIN_STATEMENT_TOKENS = 6;
    /**
     * A statement is a factual sentence: it must name something checkable (a number, a date, a name or an
     * event) without opinion wording cancelling it. Below this check-worthiness (the score of a sentence
     * with none of those) a sentence nobody is cited for is no claim. Attributed claims are always kept.
     */
    static final double MIN_STATEMENT_CHECK_WORTHINESS = 0.2;
    private static final int MIN_NUMERIC_STATEMENT_TOKENS = 3;
    private static final int MIN_INDIRECT_CONTENT_TOKENS = 3;
    /** Verbs whose object is the one spoken to: "told reporters", "warned officials to …", "urged voters to …". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "brief", "assure", "warn", "ask", "urge",
            "remind", "notify", "advise", "persuade", "implore", "press", "encourage", "invite", "beg");
    /** Prepositions that tie a cue noun to what it is about: "comment about", "support for", "attack on". */
    private static final Set<String> NOUN_CONTENT_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "to",
            "over", "toward", "towards");
    private static final Set<String> COPULAS = Set.of("be", "have", "become", "remain");
    /** Prepositions that introduce what a stance is about ("called for", "worried about", "agreed to"). */
    private static final Set<String> STANCE_PREPOSITIONS = Set.of("for", "about", "against", "of", "to", "on", "at",
            "over", "with", "into", "in", "as", "from", "toward", "towards", "behind", "between", "among", "like", "than");
    /** Heads of time phrases the tagger leaves untyped ("on Thursday", "in the morning"). */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow", "morning", "afternoon", "evening",
            "night", "week", "weekend", "month", "year", "time");
    /** NER tags of prepositional phrases that set the scene rather than say what the stance is about. */
    private static final Set<String> CIRCUMSTANCE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "LOCATION", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE");
    /** Quotes this short without a cue in their sentence are terms or scare quotes, not speech. */
    private static final int MAX_TERM_WORDS = 4;
    /** Words a reporting clause between two parts of one quote may have, an apposition included ("said Ilse
     * Maren, the mayor of the town since 2019 and a former harbour master, on Tuesday"). */
    private static final int MAX_SPLIT_CLAUSE_WORDS = 30;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final QuantityReader quantityReader = new QuantityReader();
    private final TimeResolver timeResolver = new TimeResolver();

    public ClaimSet extract(AnalyzedText text, LocalDate published) {
        String raw = text.text();
        List<QuoteSpan> quotes = quoteFinder.find(raw);
        EntityIndex entities = new EntityIndex(text);
        ActorMemory actors = new ActorMemory();
        SpeakerFinder speakers = new SpeakerFinder(text, entities, quotes, actors);
        List<Quantity> quantities = quantityReader.read(text);
        List<TimeExpression> times = timeResolver.resolve(raw, published, text.sentences());

        List<Claim.Builder> claims = new ArrayList<>();
        BitSet sentencesWithClaims = new BitSet();
        Set<Integer> usedCues = new HashSet<>();
        QuoteContext context = new QuoteContext();
        List<LabelledLines.Line> labelled = LabelledLines.find(text, entities);
        for (LabelledLines.Line line : labelled) {
            claims.add(labelledClaim(text, line));
        }
        // Sentence by sentence, so that pronouns and roles resolve against who acted before them.
        for (Sentence s : text.sentences()) {
            speakers.remember(s);
            for (QuoteSpan q : quotes) {
                if (s.contains(q.contentStart()) && !withinLabelledLine(q, labelled)) {
                    directQuote(text, entities, q, speakers, actors, context, claims, sentencesWithClaims, usedCues);
                }
            }
            if (labelled.stream().anyMatch(l -> s.start() < l.contentEnd() && l.contentStart() < s.end())) {
                sentencesWithClaims.set(s.index());
            }
            for (Claim.Builder indirect : indirectSpeech(text, s, speakers, usedCues, claims)) {
                claims.add(indirect);
                if (actsInMainClause(s, indirect.getCue().getSpan().getStart())) {
                    actors.add(indirect.getSpeaker().getSpan().getStart(), indirect.getSpeaker().getCanonicalName(),
                            indirect.getSpeaker().getType());
                }
                sentencesWithClaims.set(s.index());
            }
        }
        statements(text, claims, sentencesWithClaims, quantities);

        claims.sort((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()));
        ClaimSet.Builder set = ClaimSet.newBuilder().setExtractorVersion(VERSION).addAllEntities(entities.entities());
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

    /** The speaker of the last quote, for quotes that carry on without a reporting clause of their own. */
    private static final class QuoteContext {
        Speaker lastSpeaker;
        int lastSentence = -10;
    }

    private void directQuote(AnalyzedText text, EntityIndex entities, QuoteSpan q, SpeakerFinder speakers, ActorMemory actors,
            QuoteContext context,
            List<Claim.Builder> claims, BitSet sentencesWithClaims, Set<Integer> usedCues) {
        List<Sentence> spanned = text.sentences().stream().filter(s -> s.start() < q.end() && q.start() < s.end()).toList();
        if (spanned.isEmpty()) {
            return;
        }
        Sentence first = spanned.get(0);
        SpeakerFinder.Attribution attribution = speakers.forQuote(q);
        Speaker speaker = attribution != null ? attribution.speaker() : null;
        Token cue = attribution != null ? attribution.cue() : null;
        if (speaker == null) {
            speaker = colonIntroduced(text, first, q, speakers);
        }
        boolean standsAlone = frameIsEmpty(text, q, spanned);
        if (speaker == null && context.lastSpeaker != null && first.index() - context.lastSentence <= 2
                && (q.continuesQuote() || standsAlone)) {
            speaker = latestMention(text, entities, context.lastSpeaker, q.start());
        }
        if (speaker == null) {
            return; // a term or a scare quote: nobody is cited for it
        }
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
        context.lastSpeaker = speaker;
        context.lastSentence = spanned.get(spanned.size() - 1).index();
        spanned.forEach(s -> sentencesWithClaims.set(s.index()));
    }

    /**
     * The speaker of a quote that carries on the previous one, at the speaker's latest naming before it:
     * "… she said. Clinton restricted her comments to …. “If any bank …”" points at "Clinton".
     */
    private static Speaker latestMention(AnalyzedText text, EntityIndex entities, Speaker speaker, int before) {
        NamedMention latest = null;
        for (NamedMention m : text.mentions()) {
            if (m.start() >= before) {
                break;
            }
            if (m.start() > speaker.getSpan().getStart() && entities.canonical(m).equals(speaker.getCanonicalName())) {
                latest = m;
            }
        }
        return latest == null ? speaker : speaker.toBuilder().setText(latest.text())
                .setSpan(span(latest.start(), latest.end())).build();
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

    /** A transcript or vox-pop line: the words after the label are the labelled person's. */
    private static Claim.Builder labelledClaim(AnalyzedText text, LabelledLines.Line line) {
        Sentence first = text.sentenceAt(line.contentStart());
        Sentence last = text.sentenceAt(Math.max(line.contentStart(), line.contentEnd() - 1));
        int sentenceStart = first != null ? first.start() : line.contentStart();
        int sentenceEnd = last != null ? last.end() : line.contentEnd();
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE)
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

    /** Whether the quote's sentences hold nothing but the quote (and punctuation). */
    private static boolean frameIsEmpty(AnalyzedText text, QuoteSpan q, List<Sentence> spanned) {
        String before = text.text().substring(spanned.get(0).start(), q.start());
        String after = text.text().substring(Math.min(q.end(), spanned.get(spanned.size() - 1).end()), spanned.get(spanned.size() - 1).end());
        return (before + after).replaceAll("[\\p{Punct}\\s“”‘’«»—–]", "").isEmpty();
    }

    /** "The mayor wrote on social media:" ending the sentence before a quote introduces it. */
    private static Speaker colonIntroduced(AnalyzedText text, Sentence s, QuoteSpan q, SpeakerFinder speakers) {
        Sentence intro = s;
        String before = text.text().substring(s.start(), Math.max(s.start(), q.start())).strip();
        if (before.isEmpty() && s.index() > 0) {
            intro = text.sentences().get(s.index() - 1);
            before = text.text().substring(intro.start(), intro.end()).strip();
        }
        if (!before.endsWith(":")) {
            return null;
        }
        Speaker leading = speakers.leadingReportingVerbSpeaker(intro);
        if (leading != null) {
            return leading;
        }
        for (Token t : intro.tokens()) {
            if (ReportingCues.isSpeechVerb(t) && !speakers.insideAnyQuote(t)) {
                Speaker speaker = speakers.subjectSpeaker(intro, t.index());
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        return null;
    }

    /**
     * Reported speech and attributed beliefs without quote marks, on the parse: "X said (that) CONTENT"
     * (the verb's clausal complement), "CONTENT, X said" and "CONTENT, he said, CONTENT" (the reporting
     * clause hangs off the content), "according to X, CONTENT", and any verb with a clausal complement
     * and an actor as subject ("a poll shows that …", "officials believe …"). Content that a direct
     * quote already covers is left to the quote.
     */
    private static List<Claim.Builder> indirectSpeech(AnalyzedText text, Sentence s, SpeakerFinder speakers,
            Set<Integer> usedCues, List<Claim.Builder> existing) {
        List<Claim.Builder> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        SpeakerFinder.Attribution according = speakers.accordingTo(s);
        if (according != null && !usedCues.contains(according.cue().start())) {
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
            addIfNew(found, existing, contentClaim(text, s, from, to, according.speaker(), according.cue().start(),
                    tokens.get(at + 1).end()));
        }
        SpeakerFinder.Attribution opening = speakers.openingSource(s);
        boolean reportingVerb = tokens.stream().anyMatch(t -> ReportingCues.isSpeechVerb(t) && !speakers.insideAnyQuote(t));
        if (opening != null && !reportingVerb) {
            int comma = 1;
            while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
                comma++;
            }
            addIfNew(found, existing, contentClaim(text, s, comma + 1, tokens.size() - 1, opening.speaker(),
                    opening.cue().start(), tokens.get(Math.min(comma, tokens.size()) - 1).end()));
        }
        for (Token t : tokens) {
            if (ReportingCues.isCueNoun(t) && !speakers.insideAnyQuote(t)) {
                addIfNew(found, existing, cueNoun(text, s, t, speakers));
                continue;
            }
            if (!t.isVerb() || speakers.insideAnyQuote(t) || usedCues.contains(t.start())) {
                continue;
            }
            boolean speech = ReportingCues.isSpeechVerb(t);
            List<Token> complements = s.children(t.index(), "ccomp");
            Claim.Builder asPutIt = asSomeonePutIt(text, s, t, speakers);
            if (asPutIt != null) {
                addIfNew(found, existing, asPutIt);
                continue;
            }
            Claim.Builder interrupted = speech ? aroundInterruptingClause(text, s, t, speakers) : null;
            if (interrupted != null) {
                addIfNew(found, existing, interrupted);
                continue;
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
                    stance = holder == null ? null : hostClause(text, s, t, holder); // "I know your returns are audited"
                }
                if (stance != null) {
                    addIfNew(found, existing, stance);
                    continue;
                }
            }
            // A belief verb counts in its own clause, not inside a relative clause ("the deal that the minister thought…").
            if (!speech && (complements.isEmpty() || t.dep().startsWith("acl")
                    || s.children(complements.get(0).index(), "nsubj").isEmpty())) {
                continue; // and only with a finite clause as complement: "shows that the mayor leads", not "yielded no breakthrough"
            }
            if (!speech && COPULAS.contains(t.lowerLemma())) {
                continue; // "the advantage is that …" holds nothing
            }
            // A known stance verb tells of a holder whatever its subject; any other verb with a clause only for an actor.
            Speaker speaker = speech ? speakers.subjectSpeaker(s, t.index())
                    : ReportingCues.isStanceVerb(t) ? speakers.holderSubject(s, t.index()) : speakers.actorSubject(s, t.index());
            if (speaker == null) {
                continue;
            }
            Claim.Builder claim = null;
            if (!complements.isEmpty()) {
                int c = complements.get(0).index();
                int from = s.subtreeFirst(c);
                while (from < c && (tokens.get(from).dep().equals("mark") || tokens.get(from).isPunctuation())) {
                    from++;
                }
                claim = contentClaim(text, s, from, contentEnd(s, c, s.subtreeLast(c)), speaker, t.start(), t.end());
            } else if (speech) {
                claim = hostClause(text, s, t, speaker);
            }
            if (claim == null && speech) {
                claim = contentBeforeReportingClause(text, s, t, speaker);
            }

            addIfNew(found, existing, claim);
        }
        return found;
    }

    /** "The senator's claim that there have been …": the possessor holds the claim, the clause is its content. */
    private static Claim.Builder cueNoun(AnalyzedText text, Sentence s, Token noun, SpeakerFinder speakers) {
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
                    && (child.dep().startsWith("acl") || child.dep().equals("ccomp"))) {
                int from = s.subtreeFirst(child.index());
                while (from < child.index() && (s.tokens().get(from).dep().equals("mark") || s.tokens().get(from).isPunctuation())) {
                    from++;
                }
                return contentClaim(text, s, from, s.subtreeLast(child.index()), speaker, noun.start(), noun.end());
            }
        }
        // "his infamous comment about 47 percent of the country …", "Trump's adulation of Putin": the phrase after it.
        for (Token child : s.children(noun.index(), "nmod")) {
            boolean about = child.index() > noun.index() && s.children(child.index(), "case").stream()
                    .anyMatch(c -> NOUN_CONTENT_PREPOSITIONS.contains(c.text().toLowerCase(java.util.Locale.ROOT)));
            if (about) {
                int from = s.subtreeFirst(child.index());
                while (from < child.index() && s.tokens().get(from).dep().equals("case")) {
                    from++;
                }
                return contentClaim(text, s, from, s.subtreeLast(child.index()), speaker, noun.start(), noun.end(), 1);
            }
        }
        return null;
    }

    /**
     * "Clinton wants to raise taxes", "unions called for a strike", "the poll shows a tie": the stance's
     * complement is the content. In the passive ("the plan was backed by the unions") the subject is the
     * content and the "by" phrase the source.
     */
    private static Claim.Builder stance(AnalyzedText text, Sentence s, Token verb, SpeakerFinder speakers) {
        Speaker speaker = speakers.holderSubject(s, verb.index());
        if (speaker == null) {
            return passiveStance(text, s, verb, speakers);
        }
        int[] content = stanceContent(s, verb.index());
        if (content == null) {
            return null;
        }
        Claim.Builder claim = contentClaim(text, s, content[0], content[1], speaker, verb.start(), verb.end(), 1);
        // "…, said Brenner." parsed with the speaker as object: who speaks is never what is said.
        boolean holdsItsSpeaker = claim != null && claim.getSpan().getStart() < speaker.getSpan().getEnd()
                && speaker.getSpan().getStart() < claim.getSpan().getEnd();
        return claim != null && !holdsItsSpeaker && namesSomething(s, content[0], content[1]) ? claim : null;
    }

    /**
     * What a stance is about: the verb's complements after it, from the first to the last before the clause
     * goes on to something else ("endorsed [Hillary Clinton for president] on Thursday, …", "called for
     * [reducing the tax rate to 28 percent]", "shows [Clinton leading Trump 47 percent to 44 percent]").
     * Scene-setting phrases (times, places) and coordinated clauses end it. Token range, or null.
     */
    private static int[] stanceContent(Sentence s, int verb) {
        int first = -1;
        int last = -1;
        for (Token child : s.tokens()) {
            if (child.head() != verb || child.index() < verb) {
                continue;
            }
            boolean addressee = (child.dep().equals("obj") || child.dep().equals("iobj"))
                    && ADDRESSEE_VERBS.contains(s.tokens().get(verb).lowerLemma());
            if (addressee) {
                continue; // "warned [state officials] to boost security": whom it is said to is not what is said
            }
            if (isStanceComplement(s, child)) {
                if (first < 0) {
                    first = s.subtreeFirst(child.index());
                    while (first < child.index() && (s.tokens().get(first).dep().equals("case")
                            || s.tokens().get(first).dep().equals("mark") && !s.tokens().get(first).text().equalsIgnoreCase("to"))) {
                        first++; // "called for [a recount]": the preposition belongs to the verb; "to" stays with its infinitive
                    }
                }
                last = contentEnd(s, child.index(), s.subtreeLast(child.index()));
            } else if (first >= 0 && !child.dep().startsWith("advmod") && !child.dep().equals("compound:prt")) {
                break;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * Where reported content ends: before another reported act joined to it ("said he would order a review
     * … and warned against hackers …": the warning is a claim of its own) or an aside.
     */
    static int contentEnd(Sentence s, int head, int last) {
        int end = last;
        for (Token child : s.tokens()) {
            if (child.head() == head && child.index() > head && child.index() <= end && endsContent(s, child)) {
                end = Math.min(end, s.subtreeFirst(child.index()) - 1);
            }
        }
        while (end > head && (s.tokens().get(end).isPunctuation() || s.tokens().get(end).dep().equals("cc"))) {
            end--;
        }
        return end;
    }

    private static boolean endsContent(Sentence s, Token child) {
        return child.dep().equals("parataxis")
                || child.dep().equals("conj") && (ReportingCues.isSpeechVerb(child) || ReportingCues.isStanceVerb(child));
    }

    private static boolean isStanceComplement(Sentence s, Token child) {
        String dep = child.dep();
        if (dep.equals("obj") || dep.equals("iobj") || dep.equals("xcomp") || dep.equals("dep") || dep.equals("ccomp")) {
            return true;
        }
        boolean plainOblique = dep.equals("obl") || dep.equals("advcl");
        boolean aboutSomething = s.tokens().stream().anyMatch(c -> c.head() == child.index()
                && (c.dep().equals("case") || c.dep().equals("mark"))
                && STANCE_PREPOSITIONS.contains(c.text().toLowerCase(java.util.Locale.ROOT)));
        boolean circumstance = CIRCUMSTANCE_TAGS.contains(String.valueOf(child.ner()))
                || TIME_WORDS.contains(child.text().toLowerCase(java.util.Locale.ROOT));
        return plainOblique && aboutSomething && !circumstance;
    }

    /** Content that names something: a noun, a name, a number or a verb, not a bare "it" or "one". */
    private static boolean namesSomething(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = s.tokens().get(i);
            if (t.isNoun() || t.isVerb() || t.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /** The "by" phrase of a passive verb (parsers label it obl:agent or plain obl), or -1. */
    private static int agentOf(Sentence s, int verb) {
        for (Token child : s.children(verb, "obl")) {
            boolean by = child.dep().equals("obl:agent") || s.children(child.index(), "case").stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("by"));
            if (by && child.index() > verb) {
                return child.index();
            }
        }
        return -1;
    }

    private static Claim.Builder passiveStance(AnalyzedText text, Sentence s, Token verb, SpeakerFinder speakers) {
        List<Token> subjects = s.children(verb.index(), "nsubj:pass");
        int agent = agentOf(s, verb.index());
        if (subjects.isEmpty() || agent < 0) {
            return null;
        }
        Speaker speaker = speakers.actorAt(s, agent);
        if (speaker == null) {
            return null;
        }
        int subject = subjects.get(0).index();
        return contentClaim(text, s, s.subtreeFirst(subject), s.subtreeLast(subject), speaker, verb.start(), verb.end(), 1);
    }

    /** "a super PAC that intends to …", "demonstrators, who called for …": the relative pronoun is the subject. */
    private static boolean relativeSubject(Sentence s, Token verb) {
        return s.children(verb.index(), "nsubj").stream().anyMatch(c -> c.pos().startsWith("W"));
    }

    /**
     * A reporting clause the parser hung off its own content (as parataxis, ccomp, advcl or dep): "Lynch said
     * there remains …", "Climate change, Obama often says, is the greatest threat", "…, though she
     * acknowledged it was unlikely to work". The content is the host clause, through the reporting clause
     * when it interrupts, after it when it leads. When the verb has complements of its own reaching the
     * end of the sentence ("Frustration with police: activists say officers have been …"), those are the content.
     */
    private static Claim.Builder hostClause(AnalyzedText text, Sentence s, Token verb, Speaker speaker) {
        List<Token> tokens = s.tokens();
        int end = lastContentToken(tokens);
        int[] own = stanceContent(s, verb.index());
        if (own != null && own[1] >= end - 1) {
            return contentClaim(text, s, own[0], own[1], speaker, verb.start(), verb.end());
        }
        String dep = verb.dep();
        boolean hangs = dep.startsWith("parataxis") || dep.equals("ccomp") || dep.startsWith("advcl") || dep.equals("dep");
        if (!hangs || verb.head() < 0) {
            return null;
        }
        int clauseFirst = s.subtreeFirst(verb.index());
        int clauseLast = s.subtreeLast(verb.index());
        int host = verb.head();
        int from = s.subtreeFirst(host);
        int to = Math.min(end, s.subtreeLast(host));
        if (from >= clauseFirst) {
            from = clauseLast + 1; // the reporting clause leads: the content follows it
        } else if (to <= clauseLast) {
            to = clauseFirst - 1; // the reporting clause closes the content
        }
        if (from > to || to - from + 1 < MIN_INDIRECT_CONTENT_TOKENS) {
            return null;
        }
        return contentClaim(text, s, from, to, speaker, verb.start(), verb.end());
    }

    /**
     * "Harbour silt, Mayor Maren often says, is the greatest threat": a reporting clause fenced by commas
     * inside its content. The content runs through the whole sentence (as for a parsed aside), whatever
     * the parser made of it; the speaker is the name or noun inside the fence.
     */
    private static Claim.Builder aroundInterruptingClause(AnalyzedText text, Sentence s, Token verb, SpeakerFinder speakers) {
        List<Token> tokens = s.tokens();
        int closing = fenceComma(tokens, verb.index(), +1);
        int opening = fenceComma(tokens, verb.index(), -1);
        int end = lastContentToken(tokens);
        if (opening <= 0 || closing < 0 || end - closing < 2) {
            return null;
        }
        for (Token t : tokens) {
            if (t.isVerb() && t.index() < opening || t.text().matches("[“”\"«»]|``|''")) {
                return null; // the words before the fence are a clause of their own, or quotes carry the speech
            }
        }
        Speaker speaker = null;
        for (int i = opening + 1; i < verb.index(); i++) {
            if (tokens.get(i).isNoun()) {
                speaker = speakers.speakerAt(s, i); // the last noun of the fenced subject is its head
            }
        }
        return speaker == null ? null : contentClaim(text, s, 0, end, speaker, verb.start(), verb.end());
    }

    /** The comma that fences a reporting clause on one side of its verb, with no other verb between; or -1. */
    private static int fenceComma(List<Token> tokens, int verb, int direction) {
        for (int i = verb + direction, steps = 0; i >= 0 && i < tokens.size() && steps < 6; i += direction, steps++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                return i;
            }
            if (t.isVerb() || t.isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "As Simonyan put it in a statement, RT is …" / "…, as The New Yorker put it.": the clause around the
     * idiom is what its subject said.
     */
    private static Claim.Builder asSomeonePutIt(AnalyzedText text, Sentence s, Token verb, SpeakerFinder speakers) {
        List<Token> tokens = s.tokens();
        boolean putIt = verb.lowerLemma().equals("put") && s.children(verb.index(), "obj").stream()
                .anyMatch(o -> o.text().equalsIgnoreCase("it"));
        int clauseFirst = s.subtreeFirst(verb.index());
        if (!putIt || !tokens.get(clauseFirst).text().equalsIgnoreCase("as")) {
            return null;
        }
        Speaker speaker = speakers.subjectSpeaker(s, verb.index());
        if (speaker == null) {
            return null;
        }
        int clauseLast = s.subtreeLast(verb.index());
        int end = lastContentToken(tokens);
        return clauseFirst == 0 ? contentClaim(text, s, clauseLast + 1, end, speaker, verb.start(), verb.end())
                : contentClaim(text, s, 0, clauseFirst - 1, speaker, verb.start(), verb.end());
    }

    /** Words a closing reporting clause may have: ", the Tax Policy Center at the Urban Institute said on Thursday." */
    private static final int MAX_CLOSING_CLAUSE_TOKENS = 14;

    /**
     * "…, the IMF said." / "…, said Batchelder." / "…, one slide says.": a reporting clause that closes the
     * sentence after a comma reports everything before the comma, however the parser tied the two.
     */
    private static Claim.Builder contentBeforeReportingClause(AnalyzedText text, Sentence s, Token verb, Speaker speaker) {
        List<Token> tokens = s.tokens();
        int end = lastContentToken(tokens);
        int comma = -1;
        for (int i = verb.index() - 1; i > 0 && comma < 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                comma = i;
            } else if (t.isVerb() || t.text().equals("”") || t.text().equals("''")) {
                return null;
            }
        }
        if (comma < 0 || verb.index() > end || end - comma > MAX_CLOSING_CLAUSE_TOKENS) {
            return null;
        }
        for (int i = verb.index() + 1; i <= end; i++) {
            if (tokens.get(i).isVerb() || tokens.get(i).isPunctuation() && !tokens.get(i).text().equals(",")) {
                return null; // the clause goes on to say something else
            }
        }
        return contentClaim(text, s, 0, comma - 1, speaker, verb.start(), verb.end());
    }

    private static int lastContentToken(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end > 0 && tokens.get(end).isPunctuation()) {
            end--;
        }
        return end;
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

    /** A claim whose content runs from token from to token to (punctuation at both ends trimmed). */
    private static Claim.Builder contentClaim(AnalyzedText text, Sentence s, int from, int to, Speaker speaker, int cueStart,
            int cueEnd) {
        return contentClaim(text, s, from, to, speaker, cueStart, cueEnd, MIN_INDIRECT_CONTENT_TOKENS);
    }

    /** As above, with the fewest content tokens a claim may have ("endorsed [Clinton]" has one). */
    private static Claim.Builder contentClaim(AnalyzedText text, Sentence s, int from, int to, Speaker speaker, int cueStart,
            int cueEnd, int minTokens) {
        List<Token> tokens = s.tokens();
        while (from <= to && from < tokens.size() && tokens.get(from).isPunctuation()) {
            from++;
        }
        while (to >= from && to >= 0 && tokens.get(to).isPunctuation()) {
            to--;
        }
        if (from > to || to - from + 1 < minTokens) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                .setText(text.text().substring(start, end)).setSpan(span(start, end))
                .setSentenceSpan(span(s.start(), s.end())).setSpeaker(speaker)
                .setCue(Cue.newBuilder().setText(text.text().substring(cueStart, cueEnd)).setSpan(span(cueStart, cueEnd)));
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
            List<Quantity> quantities) {
        List<Claim.Builder> attributed = List.copyOf(claims);
        for (Sentence s : text.sentences()) {
            boolean numeric = quantities.stream().anyMatch(q -> s.contains(q.getSpan().getStart()));
            // Short sentences count when they carry a number: "Seven people were killed." is checkable.
            if (s.tokens().size() < (numeric ? MIN_NUMERIC_STATEMENT_TOKENS : MIN_STATEMENT_TOKENS)) {
                continue;
            }
            if (sentencesWithClaims.get(s.index()) && !hasUncoveredNumber(s, attributed, quantities)) {
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

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
