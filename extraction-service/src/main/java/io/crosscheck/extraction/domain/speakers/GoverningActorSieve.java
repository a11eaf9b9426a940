package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;

/**
 * When no reporting verb governs the quote, the nearest governing verb whose subject is an actor speaks
 * it ("Okafor condemned the closure as “deeply cynical”"), unless the quote is a short term in the
 * outlet's own sentence ("has not committed to a “reassurance force”"): then nobody does.
 */
final class GoverningActorSieve implements SpeakerSieve {
    @Override
    public String name() {
        return "governing-actor";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        GoverningVerbs.Found found = GoverningVerbs.of(q, c);
        if (found == null || found.speech()) {
            return null; // a reporting verb governs the quote: that reading's, not this one's
        }
        return QuotedTerms.inTheOutletsSentence(c, q, found.attribution().cue()) ? Attribution.NOBODY : found.attribution();
    }
}
