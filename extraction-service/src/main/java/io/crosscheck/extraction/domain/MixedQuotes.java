package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;

import java.util.Iterator;
import java.util.List;

/**
 * A report partly in the speaker's own words ("She said her time had been “life-changing and heartbreaking.”") is one
 * claim: the reported clause, with the quoted words as its {@code quoted_words}. The quote finder and the reported-speech
 * reader each find their half; without this fold a reader of who-said-what would get the same statement twice, once
 * as a clause and once as a fragment of it. Quote annotation conventions agree (the Gender Gap Tracker's annotators,
 * for one, mark such a sentence as a single quote).
 */
final class MixedQuotes {
    /** A quote's closing punctuation may stand just past the clause it belongs to ("… “one giant assumption.”"). */
    private static final int TRAILING_SLACK = 3;

    /** Folds every direct quote that lies inside a reported-speech claim of its sentence into that claim. */
    static void fold(List<Claim.Builder> claims) {
        for (Iterator<Claim.Builder> it = claims.iterator(); it.hasNext(); ) {
            Claim.Builder quote = it.next();
            if (quote.getKind() != ClaimKind.CLAIM_KIND_DIRECT_QUOTE) {
                continue;
            }
            Claim.Builder host = reportHolding(claims, quote);
            if (host != null) {
                host.addQuotedWords(quote.getSpan());
                it.remove();
            }
        }
    }

    /** The reported-speech claim whose content holds the quote, or null. */
    private static Claim.Builder reportHolding(List<Claim.Builder> claims, Claim.Builder quote) {
        int start = quote.getSpan().getStart();
        int end = quote.getSpan().getEnd();
        for (Claim.Builder c : claims) {
            if (c.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE && c.getSpan().getStart() <= start
                    && end <= c.getSpan().getEnd() + TRAILING_SLACK && c.getSpan().getEnd() - c.getSpan().getStart() > end - start
                    && sameSource(c, quote)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the report and the quote are one person's words: the same reporting verb, or the same speaker. A quote
     * with a speaker of its own inside someone else's report ("Maren noted that … Brenner boasted, “…”") stays apart.
     */
    private static boolean sameSource(Claim.Builder report, Claim.Builder quote) {
        if (report.hasCue() && quote.hasCue() && report.getCue().getSpan().equals(quote.getCue().getSpan())) {
            return true;
        }
        String a = report.getSpeaker().getCanonicalName();
        return !a.isEmpty() && a.equalsIgnoreCase(quote.getSpeaker().getCanonicalName());
    }

    private MixedQuotes() {
    }
}
