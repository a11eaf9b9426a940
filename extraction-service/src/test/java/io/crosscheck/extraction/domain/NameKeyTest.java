package io.crosscheck.extraction.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
            "Zelensky, Zelenskyy",
            "Sergey, Sergei",
            "Andriy, Andrey",
            "Yuri, Yury",
            "Rustam, Rustem",
            "Witkoff, Witkov",
            "Kyiv, Kiev",
            "Volodymyr Zelensky, Volodymyr Zelenskyy",
            "Sergey Lavrov, Sergei Lavrov",
            "José Álvarez, Jose Alvarez",
            "ILSE MAREN, Ilse Maren",
            "Jean-Luc Brenner, Jean Luc Brenner"
    })
    void transliterationsMeet(String one, String other) {
        assertThat(NameKey.of(one)).isEqualTo(NameKey.of(other)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
            "Trump, Biden",
            "Ilse Maren, Tomas Brenner",
            "Lavrov, Peskov",
            "Petra Halvorsen, Petra Lindqvist"
    })
    void differentNamesStayApart(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @Test
    void wordsStayInOrderAndSeparated() {
        assertThat(NameKey.of("  Ilse   Maren ").split(" ")).hasSize(2);
        assertThat(NameKey.of("Ilse Maren")).isNotEqualTo(NameKey.of("Maren Ilse"));
    }

    @Test
    void blankAndPunctuationOnlyNamesGiveAnEmptyKeyWithoutFailing() {
        assertThat(NameKey.of("")).isEmpty();
        assertThat(NameKey.of("  ")).isEmpty();
        assertThat(NameKey.of("-'.")).isEmpty();
    }

    @Test
    void namesInOtherScriptsKeepDistinctKeys() {
        assertThat(NameKey.of("Владимир")).isNotEmpty().isNotEqualTo(NameKey.of("Сергей"));
        assertThat(NameKey.of("محمد")).isNotEmpty().isNotEqualTo(NameKey.of("יוסף"));
    }
}
