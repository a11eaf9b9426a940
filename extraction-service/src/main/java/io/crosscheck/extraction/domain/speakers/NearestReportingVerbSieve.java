package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

/**
 * When the parse ties the quote to no reporting verb (parsers stumble on long news sentences), the
 * reporting verb nearest the quote in its sentences, with its subject or the name right before it.
 */
final class NearestReportingVerbSieve implements SpeakerSieve {
    /** Words between a quote and a verb that reports only beside quotes: its speaker ("“…,” the Sentinel continued"). */
    private static final int MAX_INTRODUCER_GAP = 6;
    /** How far before the verb a name that the parse did not make its subject may stand. */
    private static final int MAX_NAME_DISTANCE = 3;

    @Override
    public String name() {
        return "nearest-reporting-verb";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : c.sentencesOf(q)) {
            for (Token t : s.tokens()) {
                if (!ReportingCues.introducesQuote(t) || c.insideAnyQuote(t)) {
                    continue;
                }
                int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
                if (distance < 0 || distance >= bestDistance || !ReportingCues.isSpeechVerb(t) && !besideTheQuote(s, t, q)) {
                    continue; // "continue", "react" report only right beside the quote
                }
                int subject = c.subjectOf(s, t.index());
                Speaker speaker = subject >= 0 ? c.speakerAt(s, subject) : null;
                // A parse that lost the subject ("“…,” Fight for $15 organizing director Kendall Fells told …"
                // tags "Fight" as a verb and its subject): a person named right before the verb speaks.
                speaker = speaker != null ? speaker : nameBefore(s, t.index(), c);
                if (speaker != null) {
                    best = new Attribution(speaker, t);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Whether only a few words, none a verb, stand between the verb and the quote (its speaker, a colon). */
    private static boolean besideTheQuote(Sentence s, Token verb, QuoteSpan q) {
        int between = 0;
        for (Token t : s.tokens()) {
            boolean inGap = verb.start() >= q.end() ? t.start() >= q.end() && t.end() <= verb.start()
                    : t.start() >= verb.end() && t.end() <= q.start();
            if (inGap && (t.isVerb() || ++between > MAX_INTRODUCER_GAP)) {
                return false;
            }
        }
        return true;
    }

    /** A person named just before the verb, or any named speaker right between a quote and the verb. */
    static Speaker nameBefore(Sentence s, int verb, SpeakerContext c) {
        for (int i = verb - 1; i >= Math.max(0, verb - MAX_NAME_DISTANCE); i--) {
            NamedMention m = c.mentionAt(s, i);
            EntityType type = m == null ? null : EntityIndex.typeOf(m.type());
            if (type == EntityType.ENTITY_TYPE_PERSON || type != null && type != EntityType.ENTITY_TYPE_OTHER
                    && i == verb - 1 && followsAQuote(s, m, c)) {
                return c.speaker(m.text(), m.start(), m.end(), c.entities().canonical(m), type);
            }
        }
        return null;
    }

    /**
     * "“…,” Monaco said": a name between a quote and its reporting verb names the speaker whatever type NER
     * gives it (a person's surname taken for a place or an organisation).
     */
    private static boolean followsAQuote(Sentence s, NamedMention m, SpeakerContext c) {
        if (m.firstToken() <= 0) {
            return false;
        }
        Token before = s.tokens().get(m.firstToken() - 1);
        if (c.endsAQuote(before.end())) {
            return true; // the closing mark itself
        }
        String raw = c.text().text();
        int end = before.start(); // or a comma right after it ("“…”, Monaco said")
        while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        return before.text().equals(",") && c.endsAQuote(end);
    }
}
