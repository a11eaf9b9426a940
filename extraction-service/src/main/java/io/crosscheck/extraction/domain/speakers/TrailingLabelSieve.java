package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.Sentence;

/** "“…”― Pamela Padilla": a dash and a person's name right after the closing mark sign the quote. */
final class TrailingLabelSieve implements SpeakerSieve {
    /** Characters between the closing mark and the dash (spaces only), and between the dash and the name. */
    private static final int MAX_GAP = 3;

    @Override
    public String name() {
        return "trailing-label";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        AnalyzedText text = c.text();
        String after = text.text().substring(q.end(), Math.min(text.text().length(), q.end() + MAX_GAP + 1));
        int dash = -1;
        for (int i = 0; i < after.length(); i++) {
            char ch = after.charAt(i);
            if (ch == '―' || ch == '—' || ch == '–') {
                dash = q.end() + i;
                break;
            }
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) { // no-break spaces too
                return null;
            }
        }
        if (dash < 0) {
            return null;
        }
        for (NamedMention m : text.mentions()) {
            if (m.start() > dash && m.start() - dash <= MAX_GAP && "PERSON".equals(m.type())) {
                Sentence s = text.sentences().get(m.sentence());
                return new Attribution(c.speaker(m.text(), m.start(), m.end(), c.entities().canonical(m),
                        EntityType.ENTITY_TYPE_PERSON), s.tokens().get(Math.max(0, m.firstToken() - 1)));
            }
        }
        return null;
    }
}
