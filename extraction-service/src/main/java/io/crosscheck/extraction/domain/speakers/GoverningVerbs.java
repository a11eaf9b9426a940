package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.HashSet;
import java.util.Set;

/**
 * The verbs that govern a quote on the dependency parse, for the two parse sieves: climbing from each of
 * the quote's top words to the verbs above it, the outermost reporting verb with a subject ("Okafor said
 * the governor had indicated that a “majority of the plan” could be accepted" is Okafor's), else the
 * nearest governing verb whose subject is an actor ("Okafor condemned the closure as “deeply cynical”").
 */
final class GoverningVerbs {
    private GoverningVerbs() {
    }

    /** What a climb from the quote's words found: the first reporting verb (speech), or else the first actor. */
    record Found(Sentence sentence, Attribution attribution, boolean speech) {
    }

    /**
     * Climbs from every word of the quote whose head stands outside it, in text order; the first reporting
     * verb found (or a reporting verb hanging off the quote's word) ends the search, otherwise the first actor.
     */
    static Found of(QuoteSpan q, SpeakerContext c) {
        Found actor = null;
        for (Sentence s : c.sentencesOf(q)) {
            Set<Integer> tried = new HashSet<>();
            for (Token t : s.tokens()) {
                if (!SpeakerContext.inside(q, t) || (t.head() >= 0 && SpeakerContext.inside(q, s.tokens().get(t.head())))) {
                    continue;
                }
                // The quote's own head may govern the reporting clause ("Maren said the draft could be a
                // “basis”" parses "said" as a clausal subject of "basis"; “…,” he said as parataxis).
                Attribution dependent = reportingDependent(s, t.index(), c);
                if (dependent != null) {
                    return new Found(s, dependent, true);
                }
                if (t.head() >= 0 && tried.add(t.head())) {
                    Attribution found = climb(s, t.head(), c);
                    if (found != null && ReportingCues.isSpeechVerb(found.cue())) {
                        return new Found(s, found, true);
                    }
                    actor = actor != null || found == null ? actor : new Found(s, found, false);
                }
            }
        }
        return actor;
    }

    /** A reporting verb hanging off the token as a clausal subject, parataxis or adverbial clause, with a subject. */
    private static Attribution reportingDependent(Sentence s, int head, SpeakerContext c) {
        for (Token child : s.tokens()) {
            if (child.head() == head && ReportingCues.isSpeechVerb(child) && !c.insideAnyQuote(child)
                    && (child.dep().startsWith("csubj") || child.dep().startsWith("parataxis") || child.dep().equals("dep"))) {
                Speaker speaker = c.subjectSpeaker(s, child.index());
                if (speaker != null) {
                    return new Attribution(speaker, child);
                }
            }
        }
        return null;
    }

    private static Attribution climb(Sentence s, int from, SpeakerContext c) {
        Attribution outermostSpeech = null;
        Attribution nearestActor = null;
        // Once a reporting verb with a subject of its own is found, an outer one takes the quote over only
        // when the inner verb's clause is its complement ("X said Y had indicated that “…”"); "When Clinton
        // noted …, Trump boasted, “…”" and "She said …, and the mother replied, “…”" keep the inner speaker.
        // A subject borrowed through coordination is weaker: parsers often hang "… and told allies that “…”"
        // on the wrong verb, so the outer reporting verb still decides.
        boolean ownSubject = false;
        String arcFromBelow = null;
        for (int cur = from, hops = 0; cur >= 0 && hops <= s.tokens().size(); cur = s.tokens().get(cur).head(), hops++) {
            Token t = s.tokens().get(cur);
            if (ownSubject && arcFromBelow != null && !arcFromBelow.equals("ccomp")) {
                break;
            }
            arcFromBelow = t.dep();
            if (c.insideAnyQuote(t) || !t.isVerb()) {
                continue;
            }
            int subject = c.subjectOf(s, cur);
            if (subject < 0) {
                continue;
            }
            if (ReportingCues.isSpeechVerb(t)) {
                Speaker speaker = c.speakerOrPronoun(s, subject);
                if (speaker != null) {
                    outermostSpeech = new Attribution(speaker, t);
                    ownSubject = !s.children(cur, "nsubj").isEmpty();
                }
            } else if (nearestActor == null && c.resolver().isActor(s, subject)) {
                Speaker speaker = c.speakerAt(s, subject);
                if (speaker != null) {
                    nearestActor = new Attribution(speaker, t);
                }
            }
        }
        return outermostSpeech != null ? outermostSpeech : nearestActor;
    }
}
