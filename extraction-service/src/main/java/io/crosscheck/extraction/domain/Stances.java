package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.speakers.ClauseSpeakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.crosscheck.extraction.domain.ContentClaims.contentClaim;

/**
 * Positions attributed to a holder without a clause of reported speech: "Clinton wants to raise taxes",
 * "the union endorsed Maren for mayor", "the average shows Clinton leading by 3 points", and passives with a
 * by-phrase ("was first reported by the Post"). The content is the verb's complements after it.
 */
final class Stances {
    /** Verbs whose object is the one spoken to: "told reporters", "warned officials to …", "urged voters to …". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "brief", "assure", "warn", "ask", "urge",
            "remind", "notify", "advise", "persuade", "implore", "press", "encourage", "invite", "beg");

    /** Verbs that give their object a label: "called the plan a disaster", "dubbed him “the fixer”". */
    private static final Set<String> LABELLING_VERBS = Set.of("call", "label", "dub", "brand", "term", "deem", "declare",
            "pronounce", "nickname");

    /**
     * Adjectives that tell of a stance or a state of mind when predicated of a holder, with what it is about
     * as complement: "the board was confident that …", "analysts are skeptical of the merger", "she is
     * determined to run". General English, like the stance verbs.
     */
    private static final Set<String> STANCE_ADJECTIVES = Set.of("confident", "sure", "certain", "convinced", "adamant",
            "skeptical", "sceptical", "worried", "concerned", "optimistic", "pessimistic", "hopeful", "afraid", "fearful",
            "frustrated", "angry", "upset", "furious", "aware", "proud", "pleased", "happy", "unhappy", "disappointed",
            "eager", "willing", "unwilling", "determined", "critical", "supportive", "opposed", "doubtful", "unsure",
            "uncertain", "insistent", "wary", "keen", "reluctant", "intent", "passionate", "satisfied", "dissatisfied");

    /** A stance adjective predicated of a subject ("was confident", "are worried"), whatever tag the participle got. */
    static boolean isStanceAdjective(Sentence s, Token t) {
        return (t.pos().startsWith("JJ") || t.pos().equals("VBN")) && STANCE_ADJECTIVES.contains(t.lowerLemma())
                && !s.children(t.index(), "cop").isEmpty();
    }

    /** Prepositions that introduce what a stance is about ("called for", "worried about", "agreed to"). */
    private static final Set<String> STANCE_PREPOSITIONS = Set.of("for", "about", "against", "of", "to", "on", "at",
            "over", "with", "into", "in", "as", "from", "toward", "towards", "behind", "between", "among", "like", "than");

    /** Heads of time phrases the tagger leaves untyped ("on Thursday", "in the morning"). */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow", "morning", "afternoon", "evening",
            "night", "week", "weekend", "month", "year", "time");

    /** NER tags of places: like times, they set the scene rather than say what the stance is about. */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    /**
     * "Clinton wants to raise taxes", "unions called for a strike", "the poll shows a tie": the stance's
     * complement is the content. In the passive ("the plan was backed by the unions") the subject is the
     * content and the "by" phrase the source.
     */
    static Claim.Builder stance(AnalyzedText text, Sentence s, Token verb, ClauseSpeakers speakers) {
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
    static int[] stanceContent(Sentence s, int verb) {
        int first = -1;
        int last = -1;
        int label = labelOf(s, verb);
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
            } else if (first >= 0 && child.index() < label) {
                continue; // "called the ruling on Saturday “a wake-up call”": what is labelled and its label are one claim
            } else if (first >= 0 && !child.dep().startsWith("advmod") && !child.dep().equals("compound:prt")) {
                break;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * The label a labelling verb gives its object ("called [the plan] a [disaster]", "branded him a
     * [liar]"): the complement after the object, or -1 when the verb labels nothing.
     */
    private static int labelOf(Sentence s, int verb) {
        if (!LABELLING_VERBS.contains(s.tokens().get(verb).lowerLemma())) {
            return -1;
        }
        int object = -1;
        for (Token child : s.tokens()) {
            if (child.head() != verb || child.index() < verb) {
                continue;
            }
            boolean complement = child.dep().equals("obj") || child.dep().equals("iobj") || child.dep().equals("xcomp");
            if (complement && object >= 0) {
                return child.index();
            }
            if (complement) {
                object = child.index();
            }
        }
        return -1;
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
        // "…, saying that …" after the content is a reported act of its own; so is a clause set beside it after a
        // mark ("…, he said; …"). Without a mark between, a "parataxis" is the parser's name for a complement
        // clause it could not attach ("he is confident the party has learned").
        int first = s.subtreeFirst(child.index());
        boolean marked = s.tokens().get(first).isPunctuation() || first > 0 && s.tokens().get(first - 1).isPunctuation();
        return child.dep().equals("parataxis") && marked
                || child.dep().equals("conj") && ReportingCues.isSpeechVerb(child)
                || child.pos().equals("VBG") && ReportingCues.isSpeechVerb(child);
    }

    private static boolean isStanceComplement(Sentence s, Token child) {
        String dep = child.dep();
        if (dep.equals("obj") || dep.equals("iobj") || dep.equals("xcomp") || dep.equals("dep") || dep.equals("ccomp")) {
            return true;
        }
        boolean plainOblique = dep.equals("obl") || dep.equals("advcl");
        boolean aboutSomething = s.tokens().stream().anyMatch(c -> c.head() == child.index()
                && (c.dep().equals("case") || c.dep().equals("mark"))
                && STANCE_PREPOSITIONS.contains(c.text().toLowerCase(Locale.ROOT)));
        boolean circumstance = child.isTime() || PLACE_TAGS.contains(String.valueOf(child.ner()))
                || TIME_WORDS.contains(child.text().toLowerCase(Locale.ROOT));
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
    static int agentOf(Sentence s, int verb) {
        for (Token child : s.children(verb, "obl")) {
            boolean by = child.dep().equals("obl:agent") || s.children(child.index(), "case").stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("by"));
            if (by && child.index() > verb) {
                return child.index();
            }
        }
        return -1;
    }

    static Claim.Builder passiveStance(AnalyzedText text, Sentence s, Token verb, ClauseSpeakers speakers) {
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

    private Stances() {
    }
}
