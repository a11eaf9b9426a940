package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.Sentence;

import java.util.List;

/**
 * A quote that carries on the last one without a reporting clause of its own — a paragraph opening with
 * a continued quote, or a sentence holding nothing but the quote, within two sentences of the last
 * quote — is the last quote's speaker's, at that speaker's latest naming before it.
 */
final class ParagraphContinuationSieve implements SpeakerSieve {
    /** How many sentences after the last quote's end a carried-on quote may start. */
    private static final int MAX_SENTENCES_AFTER = 2;

    @Override
    public String name() {
        return "paragraph-continuation";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        List<Sentence> spanned = c.sentencesOf(q);
        Speaker last = c.lastQuoteSpeaker();
        if (spanned.isEmpty() || last == null || spanned.get(0).index() - c.lastQuoteSentence() > MAX_SENTENCES_AFTER
                || !(q.continuesQuote() || frameIsEmpty(c.text(), q, spanned))) {
            return null;
        }
        return new Attribution(latestMention(c, last, q.start()), null);
    }

    /** Whether the quote's sentences hold nothing but the quote (and punctuation). */
    private static boolean frameIsEmpty(AnalyzedText text, QuoteSpan q, List<Sentence> spanned) {
        String before = text.text().substring(spanned.get(0).start(), q.start());
        String after = text.text().substring(Math.min(q.end(), spanned.get(spanned.size() - 1).end()), spanned.get(spanned.size() - 1).end());
        return (before + after).replaceAll("[\\p{Punct}\\s“”‘’«»—–]", "").isEmpty();
    }

    /**
     * The speaker at their latest naming before the quote: "… she said. Clinton restricted her comments to
     * …. “If any bank …”" points at "Clinton".
     */
    private static Speaker latestMention(SpeakerContext c, Speaker speaker, int before) {
        NamedMention latest = null;
        for (NamedMention m : c.text().mentions()) {
            if (m.start() >= before) {
                break;
            }
            if (m.start() > speaker.getSpan().getStart() && c.entities().canonical(m).equals(speaker.getCanonicalName())) {
                latest = m;
            }
        }
        return latest == null ? speaker : speaker.toBuilder().setText(latest.text())
                .setSpan(Span.newBuilder().setStart(latest.start()).setEnd(latest.end())).build();
    }
}
