package io.crosscheck.extraction.nlp;

import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecondOpinionParserTest {

    @Test
    void aReportingVerbMadeSubjectOfAnotherVerbIsDoubtful() {
        // officials said they hoped the move will spur: "said" as csubj of "spur"
        Sentence s = sentence(
                "officials NNS nsubj 1", "said VBD csubj 5", "they PRP nsubj 3", "hoped VBD ccomp 1",
                "move NN obj 3", "spur VB root -1", ". . punct 5");
        assertThat(SecondOpinionParser.doubtful(s)).isTrue();
    }

    @Test
    void aReportingVerbJoinedToANounIsDoubtful() {
        // the lady and senator said it was a mistake: "said" as conj of "lady"
        Sentence s = sentence(
                "lady NN nsubj 4", "and CC cc 3", "senator NN nsubj 3", "said VBD conj 0", "mistake NN root -1",
                ". . punct 4");
        assertThat(SecondOpinionParser.doubtful(s)).isTrue();
    }

    @Test
    void anOrdinaryReportingClauseIsNotDoubtful() {
        Sentence s = sentence(
                "officials NNS nsubj 1", "said VBD root -1", "the DT det 3", "pier NN nsubj 4", "closed VBD ccomp 1",
                ". . punct 1");
        assertThat(SecondOpinionParser.doubtful(s)).isFalse();
    }

    @Test
    void aClosingReportingClauseIsLeftToTheExtractor() {
        // "…,” said Maren. parsed with Maren as object: read from the sentence's shape, not re-parsed
        Sentence s = sentence(
                "closed VBD root -1", ", , punct 0", "said VBD parataxis 0", "Maren NNP obj 2", ". . punct 0");
        assertThat(SecondOpinionParser.doubtful(s)).isFalse();
    }

    /** Tokens as "text TAG relation head"; the lemma of "said" is "say". */
    private static Sentence sentence(String... specs) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < specs.length; i++) {
            String[] p = specs[i].split(" ");
            String lemma = p[0].equals("said") ? "say" : p[0].toLowerCase();
            tokens.add(new Token(i, p[0], offset, offset + p[0].length(), p[1], lemma, "O", null, Integer.parseInt(p[3]), p[2]));
            offset += p[0].length() + 1;
        }
        return new Sentence(0, 0, offset, tokens);
    }
}
