package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.Token;

/**
 * A speaker and the reporting word that ties it to the claim (null when no word does: a colon before the
 * quote, a quote carrying on the last one). {@link #NOBODY} is a sieve's reading that the quote is nobody's
 * words (a name, a term): it ends the chain as firmly as a speaker does.
 */
public record Attribution(Speaker speaker, Token cue) {
    public static final Attribution NOBODY = new Attribution(null, null);

    public boolean namesNobody() {
        return speaker == null;
    }
}
