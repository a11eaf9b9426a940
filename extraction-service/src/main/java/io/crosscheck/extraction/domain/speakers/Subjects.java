package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Set;

/**
 * The subject of a verb on the dependency parse, with the repairs news sentences need: a participle or
 * conjoined verb borrows its governor's subject, "quoted as saying" gives the one quoted, a recording
 * gives the person it shows, and an inverted "…,” said Maren" finds the subject the parser lost.
 */
final class Subjects {
    private static final int MAX_SUBJECT_HOPS = 4;
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBP", "VBZ");

    private final SpeakerContext context;

    Subjects(SpeakerContext context) {
        this.context = context;
    }

    /** The subject token of a verb; a participle or conjoined verb borrows its governor's subject. Or -1. */
    int subjectOf(Sentence s, int verb, int hops) {
        Token subject = null;
        for (Token child : s.children(verb, "nsubj")) {
            // "“My hope,” she said, “is …”" parses the quoted "hope" as a subject of "said" beside "she":
            // quoted words are what is said, never who says it.
            boolean quotedSubjectOfUnquotedVerb = context.insideAnyQuote(child) && !context.insideAnyQuote(s.tokens().get(verb));
            // Two subjects ("These employees, Stumpf explained, were …"): the one next to the verb is its own.
            boolean nearer = subject == null || child.index() < verb;
            // Only a participle has a passive subject: "“…,” he added" parsed with "he" as nsubj:pass of a
            // finite "added" is the parser's slip, and "he" still speaks.
            boolean passive = child.dep().equals("nsubj:pass") && !FINITE_VERB_TAGS.contains(s.tokens().get(verb).pos());
            if (!passive && !quotedSubjectOfUnquotedVerb && nearer) {
                subject = child;
            }
        }
        Token v = s.tokens().get(verb);
        if (subject != null) {
            boolean relative = subject.pos().startsWith("W") && v.dep().startsWith("acl") && v.head() >= 0;
            // "the police department, which reported …": the relative pronoun stands for the noun it follows.
            return relative ? v.head() : recordedPerson(s, subject.index());
        }
        int quoted = quotedAsSaying(s, verb);
        if (quoted >= 0) {
            return quoted;
        }
        int inverted = invertedSubject(s, verb);
        if (inverted >= 0) {
            return inverted;
        }
        // A participle attached to a noun ("…in Eastbrook, the region's capital, by stating") borrows
        // nothing: the noun is rarely the speaker, and the climb goes on to the governing verb.
        boolean borrows = v.dep().equals("conj") || v.dep().equals("xcomp") || v.dep().startsWith("advcl")
                || v.dep().equals("dep");
        if (borrows && v.head() >= 0 && hops < MAX_SUBJECT_HOPS
                && (s.tokens().get(v.head()).isVerb() || isPredicateAdjective(s, v.head()))) {
            return subjectOf(s, v.head(), hops + 1);
        }
        return -1;
    }

    /**
     * "The Courier quoted Maren as saying …", "Maren was quoted as saying …": the one quoted speaks, not
     * who quotes. For the "saying", the object of "quote" (or its passive subject); or -1.
     */
    private static int quotedAsSaying(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        boolean asSaying = v.head() >= 0 && s.tokens().get(v.head()).lowerLemma().equals("quote") && ReportingCues.isSpeechVerb(v)
                && s.tokens().stream().anyMatch(c -> c.head() == verb && c.text().equalsIgnoreCase("as"));
        if (!asSaying) {
            return -1;
        }
        int quote = v.head();
        for (Token child : s.tokens()) {
            if (child.head() == quote && (child.dep().equals("obj") || child.dep().equals("nsubj:pass"))) {
                return child.index();
            }
        }
        return -1;
    }

    /** "analysts were willing to give …, saying …": an adjective with a copula predicates of its subject like a verb. */
    private static boolean isPredicateAdjective(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("JJ") && !s.children(i, "cop").isEmpty();
    }

    /**
     * "Footage of Clinton asking, “…”", "a video of the mayor saying …": a recording does not speak, the
     * person it shows does.
     */
    private int recordedPerson(Sentence s, int subject) {
        if (!SpeakerWords.RECORDINGS.contains(s.tokens().get(subject).lowerLemma())) {
            return subject;
        }
        for (Token shown : s.children(subject, "nmod")) {
            NamedMention m = context.mentionAt(s, shown.index());
            if (m != null && EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return shown.index();
            }
        }
        return subject;
    }

    /** "…, said Maren." / "…,” said the minister": parsers often miss the subject after an inverted reporting verb. */
    private int invertedSubject(Sentence s, int verb) {
        Token v = s.tokens().get(verb);
        // "…, saying an independent review will …" is a participle with its clause, never an inverted "…,” said X".
        if (verb == 0 || !ReportingCues.isSpeechVerb(v) || verb + 1 >= s.tokens().size() || v.pos().equals("VBG")) {
            return -1;
        }
        Token before = s.tokens().get(verb - 1);
        if (!(before.isPunctuation() || before.text().endsWith("”"))) {
            return -1;
        }
        for (int i = verb + 1; i < Math.min(s.tokens().size(), verb + 5); i++) {
            Token t = s.tokens().get(i);
            NamedMention m = context.mentionAt(s, i);
            if (m != null && EntityIndex.typeOf(m.type()) != null) {
                return PremodifiedNames.personAfter(context, s, m); // "said Mariners head coach Tomas Brenner": the coach
            }
            if (t.isTime()) {
                break; // "…,” Flynn, a surrogate, said Thursday morning": a time is never the speaker
            }
            if (t.isNoun()) {
                int head = i;
                while (head + 1 < s.tokens().size() && s.tokens().get(head + 1).isNoun()) {
                    head++;
                }
                Token last = s.tokens().get(head);
                boolean time = last.dep().equals("obl:tmod") || last.isTime();
                return time ? appositiveNameBefore(s, verb) : head;
            }
            if (!t.pos().equals("DT") && !t.pos().startsWith("JJ") && !t.pos().equals("PRP$") && !t.pos().equals("CD")) {
                break;
            }
        }
        return appositiveNameBefore(s, verb);
    }

    /**
     * "“…,” Flynn, a top surrogate, said": the name before a comma-fenced apposition, right after the
     * quote or at the start of the sentence, is the subject the parse lost.
     */
    private int appositiveNameBefore(Sentence s, int verb) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(verb - 1).text().equals(",")) {
            return -1;
        }
        for (int comma = verb - 2; comma > 0 && comma >= verb - 14; comma--) {
            if (!tokens.get(comma).text().equals(",")) {
                continue;
            }
            NamedMention m = context.mentionAt(s, comma - 1);
            if (m == null || EntityIndex.typeOf(m.type()) == null || EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_OTHER) {
                return -1;
            }
            int before = m.firstToken() - 1;
            boolean opensClause = before < 0 || tokens.get(before).isPunctuation() || tokens.get(before).text().endsWith("”");
            return opensClause ? m.endToken() - 1 : -1;
        }
        return -1;
    }
}
