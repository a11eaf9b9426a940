package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;

/**
 * One reading of who speaks a direct quote. Sieves run in the order of speakers/sieves.txt and the first
 * with a reading decides, so a sieve only says what its own construction shows and passes otherwise.
 */
public interface SpeakerSieve {
    /** The name the configuration lists the sieve by and every speaker it chooses records. */
    String name();

    /**
     * The speaker this reading finds for the quote, {@link Attribution#NOBODY} when the reading shows the
     * quote is nobody's words, or null when the reading does not apply and the next sieve decides.
     */
    Attribution attribute(QuoteSpan quote, SpeakerContext context);
}
