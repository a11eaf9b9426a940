package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Quantity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile numbers: values past double range, runs of thousands of digits, sentences made of numbers. The reader
 * answers without an exception, never reports a value it cannot hold, and stays linear in the tokens (a quadratic
 * pass over 50,000 numbers would take minutes; the bound below is seconds).
 */
class QuantityBadInputTest {
    private final QuantityReader reader = new QuantityReader();

    @Test
    void aNumberPastDoubleRangeIsNoQuantity() {
        String huge = "1" + "0".repeat(400);
        List<Quantity> qs = reader.read(text("The", "fund", "holds", huge, "coins", "."));

        assertThat(qs).allSatisfy(q -> assertThat(Double.isFinite(q.getValue())).isTrue());
        assertThat(qs).isEmpty();
    }

    @Test
    void scaleWordsThatOverflowGiveNoValue() {
        List<String> words = new ArrayList<>(List.of("The", "debt", "is", "9"));
        for (int i = 0; i < 40; i++) {
            words.add("trillion");
        }
        words.add("dollars");
        List<Quantity> qs = reader.read(text(words.toArray(String[]::new)));

        assertThat(qs).allSatisfy(q -> assertThat(Double.isFinite(q.getValue())).isTrue());
    }

    @Test
    void aTenThousandDigitNumberIsNoQuantity() {
        List<Quantity> qs = reader.read(text("It", "was", "7".repeat(10_000), "metres", "long", "."));

        assertThat(qs).isEmpty();
    }

    @Test
    void aSentenceOfFiveThousandNumbersIsReadWhole() {
        String[] words = new String[5_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = Integer.toString(10 + i % 900);
        }
        List<Quantity> qs = reader.read(text(words));

        assertThat(qs).hasSizeGreaterThan(4_000).allSatisfy(q -> assertThat(Double.isFinite(q.getValue())).isTrue());
    }

    @Test
    void fiftyThousandNumbersAndUnitsStayLinear() {
        String[] words = new String[50_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = i % 2 == 0 ? Integer.toString(10 + i % 900) : (i % 4 == 1 ? "km" : "per");
        }
        List<Quantity> qs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(text(words)));

        assertThat(qs).isNotEmpty();
    }

    /** One sentence of the words, space-separated, tagged as a tagger would tag numbers (CD) and nouns (NN). */
    private static AnalyzedText text(String... words) {
        StringBuilder raw = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                raw.append(' ');
            }
            int start = raw.length();
            raw.append(words[i]);
            String pos = Character.isDigit(words[i].charAt(0)) ? "CD" : words[i].equals(".") ? "." : "NN";
            tokens.add(new Token(i, words[i], start, raw.length(), pos, words[i], "O", null, -1, "dep"));
        }
        Sentence s = new Sentence(0, 0, raw.length(), tokens);
        return new AnalyzedText(raw.toString(), List.of(s), List.of());
    }
}
