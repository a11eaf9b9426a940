package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The mayor wrote on social media:" ending the text before a quote (in its sentence, or the sentence
 * before when the quote opens its own) introduces it: the subject of its speech verb, or the name after
 * a leading "Said …:". No cue is recorded: the verb may stand a sentence away.
 */
final class ColonIntroducerSieve implements SpeakerSieve {
    /** Speech verb forms that can open a sentence before their speaker ("Said Maren: “…”"). */
    private static final Set<String> LEADING_REPORTING_FORMS = Set.of("said", "says", "added", "adds", "wrote",
            "writes", "asked", "asks", "explained", "explains");

    @Override
    public String name() {
        return "colon-introducer";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        List<Sentence> spanned = c.sentencesOf(q);
        if (spanned.isEmpty()) {
            return null;
        }
        AnalyzedText text = c.text();
        Sentence intro = spanned.get(0);
        String before = text.text().substring(intro.start(), Math.max(intro.start(), q.start())).strip();
        if (before.isEmpty() && intro.index() > 0) {
            intro = text.sentences().get(intro.index() - 1);
            before = text.text().substring(intro.start(), intro.end()).strip();
        }
        if (!before.endsWith(":")) {
            return null;
        }
        Speaker leading = leadingReportingVerbSpeaker(intro, c);
        if (leading != null) {
            return new Attribution(leading, null);
        }
        for (Token t : intro.tokens()) {
            if (ReportingCues.isSpeechVerb(t) && !c.insideAnyQuote(t)) {
                Speaker speaker = c.subjectSpeaker(intro, t.index());
                if (speaker != null) {
                    return new Attribution(speaker, null);
                }
            }
        }
        return null;
    }

    /**
     * "Said Maren: “…”" — a sentence that opens with the reporting verb and names the speaker right after
     * it. Taggers read a capitalised "Said" as a proper noun, so the verb is recognised by its form.
     */
    private static Speaker leadingReportingVerbSpeaker(Sentence s, SpeakerContext c) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 2 || !LEADING_REPORTING_FORMS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        NamedMention m = c.mentionAt(s, 1);
        return m != null && EntityIndex.typeOf(m.type()) != null ? c.speakerAt(s, m.endToken() - 1) : null;
    }
}
