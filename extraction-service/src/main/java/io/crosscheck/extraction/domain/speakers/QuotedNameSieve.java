package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

/**
 * "the union-backed “Fight for $15” movement", "an “America First” policy": a short capitalised quote
 * right before the noun it modifies is the name of a campaign, group or policy, nobody's words.
 */
final class QuotedNameSieve implements SpeakerSieve {
    /** Words a quoted name may have: "the “Friends of the Harbour” club". */
    private static final int MAX_NAME_WORDS = 5;

    @Override
    public String name() {
        return "quoted-name";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        return namesTheNounAfterIt(q, c) ? Attribution.NOBODY : null;
    }

    private static boolean namesTheNounAfterIt(QuoteSpan q, SpeakerContext c) {
        String content = c.text().text().substring(q.contentStart(), q.contentEnd()).strip();
        // "“We will win,” officials said": a quote closed by its own punctuation is said, not a name.
        boolean closedBySentencePunctuation = !content.isEmpty() && ",.!?;:".indexOf(content.charAt(content.length() - 1)) >= 0;
        if (content.isEmpty() || closedBySentencePunctuation || !Character.isUpperCase(content.codePointAt(0))
                || q.wordCount(c.text().text()) > MAX_NAME_WORDS) {
            return false;
        }
        Sentence s = c.text().sentenceAt(q.start());
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.start() >= q.end()) {
                return (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isTime() && Character.isLowerCase(t.text().charAt(0));
            }
        }
        return false;
    }
}
