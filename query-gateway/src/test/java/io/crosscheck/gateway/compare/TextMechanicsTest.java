package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stemming, speaker names and tokenising: the small pieces every comparison stands on. */
class TextMechanicsTest {

    @Test
    void porterStemsInflectionsTogether() {
        assertThat(PorterStemmer.stem("negotiations")).isEqualTo(PorterStemmer.stem("negotiated"))
                .isEqualTo(PorterStemmer.stem("negotiating"));
        assertThat(PorterStemmer.stem("caresses")).isEqualTo("caress");
        assertThat(PorterStemmer.stem("ponies")).isEqualTo("poni");
        assertThat(PorterStemmer.stem("running")).isEqualTo("run");
        assertThat(PorterStemmer.stem("relational")).isEqualTo("relat");
        assertThat(PorterStemmer.stem("hopeful")).isEqualTo("hope");
        assertThat(PorterStemmer.stem("is")).isEqualTo("is");
    }

    @Test
    void speakersWithOneFamilyNameAreOneAndOnlyExtractionSaysWhoIsNamed() {
        // Name keys themselves are tested with the shared io.crosscheck.names.NameKey (proto module).
        assertThat(speaker("Ilse Varga", true).sameAs(speaker("Varga", true))).isTrue();
        assertThat(speaker("Pavel Petrov", true).sameAs(speaker("Pavel Petroff", true))).isTrue();
        assertThat(speaker("Ilse Varga", true).sameAs(speaker("Felix Amsel", true))).isFalse();
        assertThat(speaker("Felix Amsel", true).named()).isTrue();
        assertThat(speaker("a senior official", false).named()).isFalse();
        assertThat(speaker("A Harbor official", false).named()).isFalse();
        assertThat(speaker("Felix Amsel's spokesman", false).named()).isFalse();
        // Capital letters no longer decide: an unresolved "He" is no name, a lower-case name is one.
        assertThat(speaker("He", false).named()).isFalse();
        assertThat(speaker("bell hooks", true).named()).isTrue();
        assertThat(speaker("", true).named()).isFalse();
    }

    private static SpeakerName speaker(String canonical, boolean named) {
        return SpeakerName.of(Speaker.newBuilder().setCanonicalName(canonical).setText(canonical).setNamed(named).build());
    }

    @Test
    void contractionsSplitIntoTheirNegation() {
        List<Token> tokens = Tokenizer.tokens("The rules don’t limit trucks.", 0, 29, Tokenizer.NameSpans.NONE);
        assertThat(tokens).extracting(Token::lower).containsExactly("the", "rules", "do", "n't", "limit", "trucks", ".");
        assertThat(tokens.get(3).negation()).isTrue();
    }

    @Test
    void initialsAreOneWordAndNumbersKeepTheirDigits() {
        String text = "The U.S. envoy counted 800,000 troops and 1.5 million tonnes.";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length(), Tokenizer.NameSpans.NONE);
        assertThat(tokens).extracting(Token::lower).contains("us", "800000", "1.5");
        assertThat(tokens).filteredOn(t -> t.lower().equals("800000")).extracting(Token::key).containsExactly("#800000");
    }

    @Test
    void synonymsShareAConceptAndFunctionWordsHaveNoKey() {
        assertThat(Tokenizer.key("fatalities", false)).isEqualTo(Tokenizer.key("killed", false)).isEqualTo("~kill");
        assertThat(Tokenizer.key("wounded", false)).isEqualTo(Tokenizer.key("hurt", false));
        assertThat(Tokenizer.key("ceiling", false)).isEqualTo(Tokenizer.key("restrict", false));
        assertThat(Tokenizer.key("the", false)).isNull();
        assertThat(Tokenizer.key("said", false)).isNull();
        assertThat(Tokenizer.key("seven", false)).isEqualTo("#7");
    }

    @Test
    void quotedWordsAreMarked() {
        String text = "She called it “sound but late” on Monday.";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length(), Tokenizer.NameSpans.NONE);
        assertThat(tokens).filteredOn(Token::inQuote).extracting(Token::lower).containsExactly("sound", "but", "late");
    }

    @Test
    void aWordTaggedAsANameOnceIsANameThroughoutTheArticle() {
        String text = "Dravenport reopened. Officials in Dravenport said so.";
        Tokenizer.NameSpans secondOnly = (s, e) -> s >= 34 && e <= 44;
        List<Token> tokens = Tokenizer.article(text, secondOnly);
        List<String> keys = tokens.stream().filter(t -> t.lower().equals("dravenport")).map(Token::key).toList();
        assertThat(keys).hasSize(2).allSatisfy(k -> assertThat(k).isEqualTo(keys.get(0)).startsWith("n:"));
    }
}
