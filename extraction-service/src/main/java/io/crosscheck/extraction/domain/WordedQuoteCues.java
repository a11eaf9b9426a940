package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Speaker;

import java.util.List;

/**
 * Quote cues read on the words rather than the parse, for constructions the parser hangs anywhere: a
 * fronted introducer ("Said Comey, “…”"), "as X, a professor at …, puts it", and a quoted name before the
 * noun it modifies ("the “Fight for $15” movement"). The speakers themselves come from {@link SpeakerFinder}.
 */
final class WordedQuoteCues {
    private final AnalyzedText text;
    private final SpeakerFinder speakers;

    WordedQuoteCues(AnalyzedText text, SpeakerFinder speakers) {
        this.text = text;
        this.speakers = speakers;
    }

    /**
     * "North Korea is “racing towards the finish line,” as Van Jackson, a professor at …, puts it": the idiom
     * names who speaks the sentence's quotes, however far the apposition pushes it from them.
     */
    SpeakerFinder.Attribution asSomeonePutsIt(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int put = 1; put + 1 < tokens.size(); put++) {
            Token t = tokens.get(put);
            if (!t.lowerLemma().equals("put") || !tokens.get(put + 1).text().equalsIgnoreCase("it") || speakers.insideAnyQuote(t)) {
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
                Speaker speaker = speakers.mentionAt(s, i) != null || tokens.get(i).pos().startsWith("PRP") ? speakers.speakerOrPronoun(s, i) : null;
                if (speaker != null) {
                    return new SpeakerFinder.Attribution(speaker, t);
                }
            }
        }
        return null;
    }

    /**
     * "the union-backed “Fight for $15” movement", "an “America First” policy": a short capitalised quote
     * right before the noun it modifies is the name of a campaign, group or policy, nobody's words.
     */
    boolean namesTheNounAfterIt(QuoteSpan q) {
        String content = text.text().substring(q.contentStart(), q.contentEnd()).strip();
        // "“We will win,” officials said": a quote closed by its own punctuation is said, not a name.
        boolean closedBySentencePunctuation = !content.isEmpty() && ",.!?;:".indexOf(content.charAt(content.length() - 1)) >= 0;
        if (content.isEmpty() || closedBySentencePunctuation || !Character.isUpperCase(content.codePointAt(0))
                || q.wordCount(text.text()) > MAX_NAME_WORDS) {
            return false;
        }
        Sentence s = text.sentenceAt(q.start());
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

    /** Words a quoted name may have: "the “Friends of the Harbour” club". */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * "Said Comey, “…”", "Added the mayor: “…”": a sentence that opens with a speech verb, then its speaker
     * and a comma or colon, introduces the quote right after. The tagger reads the fronted verb as part of a
     * name, so this is matched on the words, not the parse.
     */
    SpeakerFinder.Attribution frontedIntroducer(QuoteSpan q) {
        Sentence s = text.sentenceAt(q.start());
        if (s == null || s.tokens().size() < 4 || !ReportingCues.isFrontedSpeechForm(s.tokens().get(0).text())) {
            return null;
        }
        int mark = SpeakerFinder.lastTokenBefore(s, q);
        if (mark < 2 || !(s.tokens().get(mark).text().equals(",") || s.tokens().get(mark).text().equals(":")) || mark > 8) {
            return null;
        }
        for (int i = 1; i < mark; i++) {
            Speaker speaker = speakers.speakerAt(s, i);
            if (speaker != null) {
                return new SpeakerFinder.Attribution(speaker, s.tokens().get(0));
            }
        }
        return null;
    }
}
