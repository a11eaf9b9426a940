package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

/**
 * "Brenner boasted, “…”": a reporting verb with a subject of its own right before the opening mark
 * introduces the quote, however the parser hangs the two together (long sentences with dashes and
 * clauses before the verb often tie the quote to an earlier verb).
 */
final class AdjacentIntroducerSieve implements SpeakerSieve {
    @Override
    public String name() {
        return "adjacent-introducer";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        Sentence s = c.text().sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        int verb = SpeakerContext.lastTokenBefore(s, q);
        while (verb >= 0 && (s.tokens().get(verb).text().equals(",") || s.tokens().get(verb).text().equals(":"))) {
            verb--;
        }
        if (verb < 0) {
            return null;
        }
        Token v = s.tokens().get(verb);
        if (!ReportingCues.introducesQuote(v) || c.insideAnyQuote(v) || s.children(verb, "nsubj").isEmpty()) {
            return null;
        }
        int subject = c.subjectOf(s, verb);
        Speaker speaker = subject >= 0 ? c.speakerOrPronoun(s, subject) : null;
        return speaker == null ? null : new Attribution(speaker, v);
    }
}
