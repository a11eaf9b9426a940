package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.Set;

/**
 * Short quoted phrases that are terms rather than anyone's words, for the parse sieves to read as
 * {@link Attribution#NOBODY} although a verb governs them.
 */
final class QuotedTerms {
    /** Words a quoted term may have: "a post-ceasefire “reassurance force”", "a task force to “solidify” …". */
    private static final int MAX_TERM_WORDS = 3;
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    private QuotedTerms() {
    }

    /**
     * A short quoted phrase that the outlet's own sentence uses as a name or a word, governed by a verb that
     * neither reports speech nor attributes a stance ("has not committed to a “reassurance force”"): a
     * term, nobody's quote. The quote sits inside a phrase of the sentence: an article, a possessive or a
     * modifier before it, or "to" before a quoted verb.
     */
    static boolean inTheOutletsSentence(SpeakerContext c, QuoteSpan q, Token cue) {
        if (ReportingCues.isSpeechVerb(cue) || ReportingCues.isStanceVerb(cue) || q.wordCount(c.text().text()) > MAX_TERM_WORDS) {
            return false;
        }
        Sentence s = c.text().sentenceAt(q.start());
        if (s == null) {
            return false;
        }
        int before = SpeakerContext.lastTokenBefore(s, q);
        return opensInsideANounPhrase(s, q) || before >= 0 && s.tokens().get(before).text().equalsIgnoreCase("to");
    }

    /**
     * A short quoted phrase inside reported speech that is still nobody's words: under a negated cue the
     * speaker said nothing ("Trump hasn't stated whether he will back the “reassurance force”"), and a
     * quoted compound of plain nouns inside a noun phrase is the name the coverage gives a thing ("would
     * provide a “reassurance force” away from the front line"). Evaluative partial quotes ("the “main
     * problem”", "a “basis”", "“very solid”") have an adjective, a single word or a verb, and stay speech.
     */
    static boolean withinReportedSpeech(SpeakerContext c, Sentence s, QuoteSpan q, Token cue) {
        if (q.wordCount(c.text().text()) > MAX_TERM_WORDS) {
            return false;
        }
        for (Token child : s.tokens()) {
            if (child.head() == cue.index() && NEGATORS.contains(child.lowerLemma())) {
                return true;
            }
        }
        int nouns = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= q.contentStart() && t.end() <= q.contentEnd() && !t.isPunctuation()) {
                boolean plainNoun = (t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isLowerCase(t.text().charAt(0));
                if (!plainNoun) {
                    return false;
                }
                nouns++;
            }
        }
        return nouns >= 2 && opensInsideANounPhrase(s, q);
    }

    /** Whether an article, a possessive or a modifier stands right before the quote ("a post-ceasefire “…”"). */
    private static boolean opensInsideANounPhrase(Sentence s, QuoteSpan q) {
        int i = SpeakerContext.lastTokenBefore(s, q);
        String pos = i < 0 ? "" : s.tokens().get(i).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.startsWith("PRP$");
    }
}
