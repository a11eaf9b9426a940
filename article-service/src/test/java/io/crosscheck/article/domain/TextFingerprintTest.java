package io.crosscheck.article.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFingerprintTest {
    private static final String TEXT = "The minister said the plan was \"very solid\" - and 'final'.\n\nTalks resume in Kyiv.";

    @Test
    void sameHashUnderCaseWhiteSpaceQuotesDashesAndDiacritics() {
        String hash = TextFingerprint.contentHash(TEXT);

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(TextFingerprint.contentHash("  THE MINISTER said the plan was “very solid” – and ‘final’.\tTalks  resume in Kyiv "))
                .isEqualTo(hash);
        assertThat(TextFingerprint.contentHash("The minister said the plan was «very solid» — and \"final\"\r\nTalks resume in Kyív."))
                .isEqualTo(hash);
        assertThat(TextFingerprint.contentHash("Café déjà vu")).isEqualTo(TextFingerprint.contentHash("CAFE deja-vu"));
    }

    @Test
    void differentWordsGiveADifferentHash() {
        String hash = TextFingerprint.contentHash(TEXT);

        assertThat(TextFingerprint.contentHash(TEXT.replace("solid", "sound"))).isNotEqualTo(hash);
        assertThat(TextFingerprint.contentHash(TEXT.replace("Kyiv", "Kyiv today"))).isNotEqualTo(hash);
        assertThat(TextFingerprint.contentHash("40 ships")).isNotEqualTo(TextFingerprint.contentHash("41 ships"));
        assertThat(TextFingerprint.contentHash("ab c")).as("word boundaries count").isNotEqualTo(TextFingerprint.contentHash("a bc"));
    }

    @Test
    void normalizeKeepsOnlyFoldedWords() {
        assertThat(TextFingerprint.normalize("  Zelenskyy’s “peace-plan”: Ünïcode, 30%!  ")).isEqualTo("zelenskyy s peace plan unicode 30");
    }

    @Test
    void termsAreDistinctNormalisedWordsInFirstSeenOrder() {
        assertThat(TextFingerprint.terms("Storm hits Port", null, "", "port STORM Café", "x".repeat(41)))
                .containsExactly("storm", "hits", "port", "cafe");
        assertThat(TextFingerprint.terms("?! …")).isEmpty();
    }

    @Test
    void fingerprintIsTheHashAndTheTermsComputedApart() {
        TextFingerprint.Fingerprint f = TextFingerprint.of("Storm hits Port", TEXT, "Café Daily");

        assertThat(f.contentHash()).isEqualTo(TextFingerprint.contentHash(TEXT));
        assertThat(f.terms()).containsExactlyElementsOf(TextFingerprint.terms("Storm hits Port", TEXT, "Café Daily"));
        assertThat(TextFingerprint.of(null, "Only text", "").terms()).containsExactly("only", "text");
    }
}
