package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;

/**
 * The speaker readings indirect speech and stances use, on the same {@link SpeakerContext} as the quote
 * sieves so that pronouns and roles resolve alike: the subject of a reporting verb, the holder of a view,
 * "according to X", "In the poll, …", and the main-clause actors that later pronouns refer back to.
 */
public final class ClauseSpeakers {
    private final SpeakerContext context;

    public ClauseSpeakers(SpeakerContext context) {
        this.context = context;
    }

    public boolean insideAnyQuote(Token t) {
        return context.insideAnyQuote(t);
    }

    /** The speaker named by the phrase whose head is token i, or null. */
    public Speaker speakerAt(Sentence s, int i) {
        return context.speakerAt(s, i);
    }

    /** The speaker of a reporting verb: its subject, or its governor's when it has none. */
    public Speaker subjectSpeaker(Sentence s, int verb) {
        return context.subjectSpeaker(s, verb);
    }

    /** The subject of a non-reporting verb when it is an actor ("officials believe", "a poll shows"), or null. */
    public Speaker actorSubject(Sentence s, int verb) {
        int subject = context.subjectOf(s, verb);
        return subject >= 0 && context.resolver().isSource(s, subject) ? context.speakerAt(s, subject) : null;
    }

    /**
     * The holder of a belief, stance or finding: any named or nominal subject ("environmentalists worry
     * that …", "the research documented …"), or a pronoun that stands for someone; not the empty subjects
     * of "it seems that", "this means that", "there is".
     */
    public Speaker holderSubject(Sentence s, int verb) {
        int subject = context.subjectOf(s, verb);
        if (subject < 0) {
            return null;
        }
        Token t = s.tokens().get(subject);
        if (SpeakerWords.EMPTY_SUBJECTS.contains(t.lower()) || t.pos().startsWith("W") || t.pos().equals("EX")) {
            return null;
        }
        if (context.resolver().isSource(s, subject)) {
            return context.speakerOrPronoun(s, subject);
        }
        return t.isNoun() ? context.speakerAt(s, subject) : null;
    }

    /** The speaker at token i when it is an actor or a source ("backed by the unions", "reported by the Post"), or null. */
    public Speaker actorAt(Sentence s, int i) {
        return context.resolver().isSource(s, i) ? context.speakerAt(s, i) : null;
    }

    /** "according to X" outside quotes in the sentence: X with the cue "according"; or null. */
    public Attribution accordingTo(Sentence s) {
        return AccordingToSieve.in(s, context);
    }

    /**
     * "In the previous Post/ABC poll, Clinton led by 5 points", "In his speech, …": a sentence opening with a
     * document or an utterance names its source; the possessor speaks when there is one. Null otherwise.
     */
    public Attribution openingSource(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !tokens.get(0).text().equalsIgnoreCase("in")) {
            return null;
        }
        for (int i = 1; i < Math.min(tokens.size(), 14); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",") || t.isVerb()) {
                return null;
            }
            if (t.isNoun() && SpeakerWords.SOURCE_NOUNS.contains(t.lowerLemma()) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).text().equals(",") || !tokens.get(i + 1).isNoun())) {
                List<Token> owners = s.children(i, "nmod:poss");
                Speaker speaker = owners.isEmpty() ? context.speakerAt(s, i) : context.speakerAt(s, owners.get(0).index());
                return speaker == null ? null : new Attribution(speaker, tokens.get(0));
            }
        }
        return null;
    }

    /** The main-clause actors of a sentence (root subject and subjects of verbs conjoined to it) into memory. */
    public void remember(Sentence s) {
        for (Token t : s.tokens()) {
            boolean mainClause = t.head() < 0 || (t.dep().equals("conj") && s.tokens().get(t.head()).head() < 0);
            // "Halas, the addictions doctor, is more blunt": a copular predicate has an actor for subject too.
            boolean predicate = t.isVerb() || !s.children(t.index(), "cop").isEmpty();
            if (!mainClause || !predicate || context.insideAnyQuote(t)) {
                continue;
            }
            for (Token subject : s.children(t.index(), "nsubj")) {
                if (subject.dep().equals("nsubj:pass") || !context.resolver().isActor(s, subject.index())) {
                    continue;
                }
                Speaker speaker = context.speakerAt(s, subject.index());
                // A role nobody holds and an unresolved pronoun are not worth remembering: they name nobody.
                boolean names = speaker != null && (!speaker.getCanonicalName().equals(speaker.getText())
                        || speaker.getType() != EntityType.ENTITY_TYPE_PERSON || context.mentionAt(s, subject.index()) != null);
                if (names) {
                    context.actors().add(speaker.getSpan().getStart(), speaker.getCanonicalName(), speaker.getType());
                }
            }
        }
    }
}
