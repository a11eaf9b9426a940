package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;

/**
 * "…, according to X" names the source of a quote no reporting verb governs: X, the phrase "according"
 * is the case marker of, outside quotes in the quote's sentences. Indirect speech reads the same phrase
 * ({@link ClauseSpeakers#accordingTo}).
 */
final class AccordingToSieve implements SpeakerSieve {
    /** How far after "according to" the parse may put the source before the words are read instead. */
    private static final int MAX_SOURCE_DISTANCE = 12;
    private static final int MAX_NOMINAL_SEARCH = 8;

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        return c.firstInSentences(q, s -> in(s, c));
    }

    /** "according to X" outside quotes in the sentence, with X as the speaker; or null. */
    static Attribution in(Sentence s, SpeakerContext c) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!ReportingCues.isAccordingTo(tokens, i) || c.insideAnyQuote(tokens.get(i))) {
                continue;
            }
            int source = tokens.get(i).head();
            if (source <= i + 1 || source > i + MAX_SOURCE_DISTANCE) {
                source = firstNominalAfter(s, i + 2);
            }
            Speaker speaker = source < 0 ? null : c.speakerAt(s, source);
            if (speaker != null) {
                return new Attribution(speaker, tokens.get(i));
            }
        }
        return null;
    }

    /** The head of the first noun phrase (or pronoun) from the token on: the last of a run of nouns. */
    private static int firstNominalAfter(Sentence s, int from) {
        for (int j = from; j < Math.min(s.tokens().size(), from + MAX_NOMINAL_SEARCH); j++) {
            Token t = s.tokens().get(j);
            if (t.isNoun() || t.pos().startsWith("PRP")) {
                int head = j;
                while (head + 1 < s.tokens().size() && s.tokens().get(head + 1).isNoun()) {
                    head++;
                }
                return head;
            }
        }
        return -1;
    }
}
