package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

/**
 * "“…?” Graham asked.": a short reporting sentence right after the quote, on the same line, the
 * sentence splitter having cut it off at the quote's question or exclamation mark.
 */
final class FollowingSentenceSieve implements SpeakerSieve {
    /** Characters between the closing mark and the sentence, and tokens the sentence may have. */
    private static final int MAX_GAP = 2;
    private static final int MAX_TOKENS = 8;

    @Override
    public String name() {
        return "following-sentence";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        AnalyzedText text = c.text();
        for (Sentence s : text.sentences()) {
            boolean follows = s.start() >= q.end() && s.start() - q.end() <= MAX_GAP && s.tokens().size() <= MAX_TOKENS
                    && text.text().substring(q.end(), s.start()).indexOf('\n') < 0;
            if (!follows) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (ReportingCues.isSpeechVerb(t)) {
                    int subject = c.subjectOf(s, t.index());
                    Speaker speaker = subject >= 0 ? c.speakerAt(s, subject) : NearestReportingVerbSieve.nameBefore(s, t.index(), c);
                    if (speaker != null) {
                        return new Attribution(speaker, t);
                    }
                }
            }
        }
        return null;
    }
}
