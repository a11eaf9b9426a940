package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;

/**
 * "Said Comey, “…”", "Added the mayor: “…”": a sentence that opens with a speech verb, then its speaker
 * and a comma or colon, introduces the quote right after. The tagger reads the fronted verb as part of a
 * name, so this is matched on the words, not the parse.
 */
final class FrontedIntroducerSieve implements SpeakerSieve {
    /** The last token position the comma or colon before the quote may take: the speaker is a short phrase. */
    private static final int MAX_MARK_POSITION = 8;

    @Override
    public String name() {
        return "fronted-introducer";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        Sentence s = c.text().sentenceAt(q.start());
        if (s == null || s.tokens().size() < 4 || !ReportingCues.isFrontedSpeechForm(s.tokens().get(0).text())) {
            return null;
        }
        int mark = SpeakerContext.lastTokenBefore(s, q);
        if (mark < 2 || !(s.tokens().get(mark).text().equals(",") || s.tokens().get(mark).text().equals(":"))
                || mark > MAX_MARK_POSITION) {
            return null;
        }
        for (int i = 1; i < mark; i++) {
            Speaker speaker = c.speakerAt(s, i);
            if (speaker != null) {
                return new Attribution(speaker, s.tokens().get(0));
            }
        }
        return null;
    }
}
