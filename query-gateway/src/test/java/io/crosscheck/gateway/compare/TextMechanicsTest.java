package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stemming, name keys and tokenising: the small pieces every comparison stands on. */
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
    void nameKeysForgiveTransliterationButNotOtherNames() {
        assertThat(NameKey.of("Petrov")).isEqualTo(NameKey.of("Petroff"));
        assertThat(NameKey.of("Dmitry")).isEqualTo(NameKey.of("Dmitri"));
        assertThat(NameKey.of("Tchaikovsky")).isEqualTo(NameKey.of("Tchaikovskyy"));
        assertThat(NameKey.of("Odesa")).isEqualTo(NameKey.of("Odessa"));
        assertThat(NameKey.of("Zoë")).isEqualTo(NameKey.of("Zoe"));
        assertThat(NameKey.of("Maren")).isNotEqualTo(NameKey.of("Marek"));
        assertThat(NameKey.of("Brask")).isNotEqualTo(NameKey.of("Brenn"));
    }

    @Test
    void speakersWithOneFamilyNameAreOneAndDescriptionsAreNotNames() {
        assertThat(SpeakerName.of("Ilse Varga").sameAs(SpeakerName.of("Varga"))).isTrue();
        assertThat(SpeakerName.of("Pavel Petrov").sameAs(SpeakerName.of("Pavel Petroff"))).isTrue();
        assertThat(SpeakerName.of("Ilse Varga").sameAs(SpeakerName.of("Felix Amsel"))).isFalse();
        assertThat(SpeakerName.of("Felix Amsel").named()).isTrue();
        assertThat(SpeakerName.of("a senior official").named()).isFalse();
        assertThat(SpeakerName.of("A Harbor official").named()).isFalse();
        assertThat(SpeakerName.of("Felix Amsel's spokesman").named()).isFalse();
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
