package io.crosscheck.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of extraction-service's and query-gateway's former NameKey tests (and SpeakerName's matching), now
 * against the one shared key, and the rules the merge added.
 */
class NameKeyTest {

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
            // extraction-service's former cases
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
            "Jean-Luc Brenner, Jean Luc Brenner",
            // query-gateway's former cases
            "Petrov, Petroff",
            "Dmitry, Dmitri",
            "Tchaikovsky, Tchaikovskyy",
            "Odesa, Odessa",
            "Zoë, Zoe",
            // one rule from each side, now for both
            "Josef, Joseph",
            "Chaikovsky, Chaikowski",
            "Nikolai, Nicolai",
            // possessives, honorifics and particles
            "Petrov's, Petrov",
            "Petrov’s, Petrov",
            "Mr. Petrov, Petrov",
            "Dr Ilse Maren, Ilse Maren",
            "Gen. Ivo Dunmore, Ivo Dunmore",
            "Greta von der Hallen, Greta Hallen",
            "Greta Von Der Hallen, Greta von der Hallen"
    })
    void spellingsOfOneNameMeet(String one, String other) {
        assertThat(NameKey.of(one)).isEqualTo(NameKey.of(other)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
            "Trump, Biden",
            "Ilse Maren, Tomas Brenner",
            "Lavrov, Peskov",
            "Petra Halvorsen, Petra Lindqvist",
            "Maren, Marek",
            "Brask, Brenn",
            "Velor-136, Velor",
            // the first letter as written: one-word names of one article must not meet
            "Garvo, Kervo",
            "Calden, Kelden",
            "Chorin, Kairin",
            "Zavelsky, Savelsky"
    })
    void differentNamesStayApart(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @Test
    void wordsStayInOrderAndSeparated() {
        assertThat(NameKey.of("  Ilse   Maren ").split(" ")).hasSize(2);
        assertThat(NameKey.of("Ilse Maren")).isNotEqualTo(NameKey.of("Maren Ilse"));
        assertThat(NameKey.words("Jean-Luc Brenner")).hasSize(3);
        assertThat(NameKey.surname("Ann Halvorsen's")).isEqualTo(NameKey.of("Halvorsen"));
    }

    @Test
    void blankAndPunctuationOnlyNamesGiveAnEmptyKeyWithoutFailing() {
        assertThat(NameKey.of("")).isEmpty();
        assertThat(NameKey.of("  ")).isEmpty();
        assertThat(NameKey.of("-'.")).isEmpty();
        assertThat(NameKey.surname("’s")).isEmpty();
        assertThat(NameKey.words("")).isEmpty();
    }

    @Test
    void aNameOfHonorificsOrParticlesOnlyKeepsThem() {
        // "Mr." alone is still a word; "Lady" before a last word goes, the last word never does.
        assertThat(NameKey.of("Mr.")).isNotEmpty();
        assertThat(NameKey.of("Lady Marwen")).isEqualTo(NameKey.of("Marwen"));
        assertThat(NameKey.of("De La")).isNotEmpty().isNotEqualTo(NameKey.of("Da"));
    }

    @Test
    void namesInOtherScriptsKeepDistinctKeys() {
        assertThat(NameKey.of("Владимир")).isNotEmpty().isNotEqualTo(NameKey.of("Сергей"));
        assertThat(NameKey.of("محمد")).isNotEmpty().isNotEqualTo(NameKey.of("יוסף"));
    }

    @Test
    void samePersonWhenOneNamesWordsAreWithinTheOthers() {
        // query-gateway's former SpeakerName cases
        assertThat(NameKey.samePerson("Ilse Varga", "Varga")).isTrue();
        assertThat(NameKey.samePerson("Pavel Petrov", "Pavel Petroff")).isTrue();
        assertThat(NameKey.samePerson("Ilse Varga", "Felix Amsel")).isFalse();
        assertThat(NameKey.samePerson("President Halvorsen", "Ann Halvorsen")).isFalse();
        assertThat(NameKey.samePerson("Dr. Halvorsen", "Ann Halvorsen")).isTrue();
        assertThat(NameKey.samePerson("", "Ann Halvorsen")).isFalse();
        assertThat(NameKey.samePerson(List.of(), List.of())).isFalse();
    }

    @Test
    void foldKeepsLettersAndDigitsOfOneWordAndFoldWordsKeepsWordsApart() {
        assertThat(NameKey.fold("Álvarez-Ruiz")).isEqualTo("alvarezruiz");
        assertThat(NameKey.fold("U.S.")).isEqualTo("us");
        assertThat(NameKey.foldWords("  José Álvarez-Ruiz ")).isEqualTo("jose alvarez ruiz");
        assertThat(NameKey.foldWords("O’Brien")).isEqualTo("obrien");
        assertThat(NameKey.foldWords(null)).isEmpty();
        assertThat(NameKey.foldWords("Zoë")).isEqualTo(NameKey.fold("Zoe"));
    }

    @Test
    void theWordListsCarryAVersion() {
        assertThat(NameKey.WORDS_VERSION).isNotBlank();
    }
}
