package io.crosscheck.gateway.compare;

import java.util.List;
import java.util.Map;

/**
 * One sentence of an article that carries at least one claim, reduced to what comparison needs. The sentence, not
 * the claim alone, is compared: a claim is often a short quoted phrase whose meaning lives in the words around it.
 *
 * @param terms content keys of the sentence and how often each occurs, named speakers included
 * @param mention the sentence's widest claim, which stands for it in answers
 * @param speaker the named speaker of the sentence's claims when they agree, else null
 * @param quotes the direct quotes of the sentence
 * @param negations what the sentence says is not so ("does not limit the size of …")
 * @param embedding the sentence's embedding as extraction stored it (normalised), or null when there is none
 * @param sentenceOf for one fact clause of a sentence that states several, the sentence's statement; null for a
 *                   sentence. Clauses, not their sentence, are clustered: a sentence of five facts joins five
 *                   clusters; figures, quotes and negations stay with the sentence.
 */
record Statement(String articleId, int sentenceStart, int sentenceEnd, String sentence, Map<String, Integer> terms,
        Mention mention, SpeakerName speaker, List<DirectQuote> quotes, List<Negation> negations, float[] embedding,
        Statement sentenceOf) {

    /**
     * A quoted passage and who it is attributed to.
     *
     * @param terms content keys of the quoted words
     * @param predicate the content word just before the opening mark that the quote completes ("support" in
     *                  "signals support for the “core idea”"), or null
     * @param context the quote with the words from its predicate on, as written ("support for the “core idea”")
     */
    record DirectQuote(String text, java.util.Set<String> terms, String predicate, SpeakerName speaker, Mention mention,
            String context) {
    }

    /**
     * A negated word with what follows it: "does not limit the number of its ferries" has heads {limit, number}
     * and objects {armed forces}.
     */
    record Negation(java.util.Set<String> heads, java.util.Set<String> objects, String text, int start, int end) {
    }
}
