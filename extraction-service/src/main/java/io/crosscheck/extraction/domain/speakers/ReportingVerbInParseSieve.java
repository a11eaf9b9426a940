package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;

/**
 * The subject of the reporting verb that governs the quote on the dependency parse ("Maren said the draft
 * could be a “basis”", "“…,” he said"), see {@link GoverningVerbs}. A short quoted term under that verb
 * ("hasn't stated whether he will back the “reassurance force”") is nobody's words.
 */
final class ReportingVerbInParseSieve implements SpeakerSieve {
    @Override
    public String name() {
        return "reporting-verb-in-parse";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        GoverningVerbs.Found found = GoverningVerbs.of(q, c);
        if (found == null || !found.speech()) {
            return null;
        }
        boolean term = QuotedTerms.withinReportedSpeech(c, found.sentence(), q, found.attribution().cue());
        return term ? Attribution.NOBODY : found.attribution();
    }
}
