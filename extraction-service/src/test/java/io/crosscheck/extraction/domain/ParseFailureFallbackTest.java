package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.ClaimSet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers found when the parser gets a sentence wrong. The parses here are written by hand, as CoreNLP
 * produced them for real news sentences, so the fallbacks are tested on exactly the failure they mend.
 */
class ParseFailureFallbackTest {

    @Test
    void aNameBetweenTheQuoteAndItsVerbSpeaksWhenTheParseMakesItAPassiveSubjectOfAnotherType() {
        // CoreNLP tagged the straight closing mark as an opening one, hung "said" under the quote as an adverbial
        // clause with "Monaco" as its passive subject, and NER took the surname for an organisation.
        String text = "\"We know it,\" Monaco said.";
        List<Token> tokens = List.of(
                token(0, "\"", 0, "``", "O", 2, "punct"),
                token(1, "We", 1, "PRP", "O", 2, "nsubj"),
                token(2, "know", 4, "VBP", "O", -1, "root"),
                token(3, "it", 9, "PRP", "O", 2, "obj"),
                token(4, ",", 11, ",", "O", 2, "punct"),
                token(5, "\"", 12, "``", "O", 7, "punct"),
                token(6, "Monaco", 14, "NNP", "ORGANIZATION", 7, "nsubj:pass"),
                token(7, "said", 21, "VBD", "O", 2, "advcl"),
                token(8, ".", 25, ".", "O", 2, "punct"));
        AnalyzedText analyzed = oneSentence(text, tokens, new NamedMention("Monaco", 14, 20, "ORGANIZATION", null, 0, 6, 7));

        ClaimSet claims = new ClaimExtractor().extract(analyzed, LocalDate.parse("2016-10-09"));

        assertThat(claimStartingWith(claims, "We know it").getSpeaker().getText()).isEqualTo("Monaco");
    }

    @Test
    void aFiniteReportingVerbHasNoPassiveSubjectSoItsMisparsedSubjectStillSpeaks() {
        // "“This man is unqualified,” he added." came back with "he" as a passive subject of a finite "added".
        String text = "“This man is unqualified,” he added.";
        List<Token> tokens = List.of(
                token(0, "“", 0, "``", "O", 7, "punct"),
                token(1, "This", 1, "DT", "O", 2, "det"),
                token(2, "man", 6, "NN", "O", 7, "nsubj:pass"),
                token(3, "is", 10, "VBZ", "O", 7, "aux:pass"),
                token(4, "unqualified", 13, "JJ", "O", 7, "dep"),
                token(5, ",”", 24, ",", "O", 7, "punct"),
                token(6, "he", 27, "PRP", "O", 7, "nsubj:pass"),
                token(7, "added", 30, "VBD", "O", -1, "root"),
                token(8, ".", 35, ".", "O", 7, "punct"));
        AnalyzedText analyzed = oneSentence(text, tokens);

        ClaimSet claims = new ClaimExtractor().extract(analyzed, LocalDate.parse("2016-08-15"));

        assertThat(claimStartingWith(claims, "This man is unqualified").getSpeaker().getText()).isEqualTo("he");
    }

    private static AnalyzedText oneSentence(String text, List<Token> tokens, NamedMention... mentions) {
        return new AnalyzedText(text, List.of(new Sentence(0, 0, text.length(), tokens)), List.of(mentions));
    }

    private static Token token(int index, String word, int start, String pos, String ner, int head, String dep) {
        String lemma = switch (word) {
            case "said" -> "say";
            case "added" -> "add";
            default -> word.toLowerCase(java.util.Locale.ROOT);
        };
        return new Token(index, word, start, start + word.length(), pos, lemma, ner, null, head, dep);
    }
}
