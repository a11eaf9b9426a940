package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.QuoteSpan;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;

/**
 * "North Korea is “racing towards the finish line,” as Van Jackson, a professor at …, puts it": the idiom
 * names who speaks the sentence's quotes, however far the apposition pushes it from them.
 */
final class AsSomeonePutsItSieve implements SpeakerSieve {
    @Override
    public String name() {
        return "as-someone-puts-it";
    }

    @Override
    public Attribution attribute(QuoteSpan q, SpeakerContext c) {
        return c.firstInSentences(q, s -> in(s, c));
    }

    private static Attribution in(Sentence s, SpeakerContext c) {
        List<Token> tokens = s.tokens();
        for (int put = 1; put + 1 < tokens.size(); put++) {
            Token t = tokens.get(put);
            if (!t.lowerLemma().equals("put") || !tokens.get(put + 1).text().equalsIgnoreCase("it") || c.insideAnyQuote(t)) {
                continue;
            }
            // Matched on the words: parsers hang a long apposition ("as Van Jackson, a professor at …, puts it")
            // anywhere, so "as" is the nearest one before the verb and the speaker the first name after it.
            int as = put - 1;
            while (as >= 0 && !tokens.get(as).text().equalsIgnoreCase("as")) {
                if (tokens.get(as).isVerb()) {
                    as = -1; // "As Obama took office, Congress put it to a vote": a clause, not an apposition
                    break;
                }
                as--;
            }
            for (int i = as + 1; as >= 0 && i < put; i++) {
                boolean named = c.mentionAt(s, i) != null || tokens.get(i).pos().startsWith("PRP");
                Speaker speaker = named ? c.speakerOrPronoun(s, i) : null;
                if (speaker != null) {
                    return new Attribution(speaker, t);
                }
            }
        }
        return null;
    }
}
