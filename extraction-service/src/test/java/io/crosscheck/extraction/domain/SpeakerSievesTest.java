package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.extraction.domain.speakers.SieveChain;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.domain.Nlp.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The speaker sieve chain: the order speakers/sieves.txt gives is the order that decides, and every quote speaker names its sieve. */
class SpeakerSievesTest {
    /** An inverted reporting clause: the parse sieve reads it, and so would the nearest-reporting-verb guess. */
    private static final String INVERTED = "“We will not give up the port,” said Tomas Brenner, the harbour master.";

    private static Claim quote(SieveChain chain, String text, String start) {
        return claimStartingWith(new ClaimExtractor(chain).extract(Nlp.analyzer().analyze(text), WEDNESDAY), start);
    }

    @Test
    void theChainRunsTheSievesInTheConfiguredOrder() throws IOException {
        List<String> listed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SieveChain.CONFIGURATION)) {
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
        }

        assertThat(SieveChain.configured().names()).isEqualTo(listed).hasSize(12).startsWith("quoted-name", "trailing-label");
    }

    @Test
    void aQuoteSpeakerRecordsTheSieveThatChoseIt() {
        Claim quote = claimStartingWith(Nlp.claims(INVERTED), "We will not give up the port");

        assertThat(quote.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
        assertThat(quote.getSpeaker().getSieve()).isEqualTo("reporting-verb-in-parse");
    }

    @Test
    void theFirstSieveInTheOrderWithAReadingDecides() {
        Claim parseFirst = quote(SieveChain.of(List.of("reporting-verb-in-parse", "nearest-reporting-verb")), INVERTED, "We will");
        Claim guessFirst = quote(SieveChain.of(List.of("nearest-reporting-verb", "reporting-verb-in-parse")), INVERTED, "We will");

        assertThat(parseFirst.getSpeaker().getSieve()).isEqualTo("reporting-verb-in-parse");
        assertThat(guessFirst.getSpeaker().getSieve()).isEqualTo("nearest-reporting-verb");
        assertThat(guessFirst.getSpeaker().getCanonicalName()).isEqualTo("Tomas Brenner");
    }

    @Test
    void aSieveLeftOutOfTheOrderDecidesNothing() {
        String colon = "Mayor Ilse Maren wrote on social media: “The bridge will be rebuilt by June.”";

        assertThat(quote(SieveChain.configured(), colon, "The bridge").getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(new ClaimExtractor(SieveChain.of(List.of("quoted-name"))).extract(Nlp.analyzer().analyze(colon), WEDNESDAY)
                .getClaimsList()).noneMatch(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
    }

    @Test
    void anUnknownSieveInTheConfigurationFailsAtStartNamingItsLine() {
        assertThatThrownBy(() -> SieveChain.fromResource("speakers/sieves-with-a-typo.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown speaker sieve 'reporting-verb-in-prase'")
                .hasMessageContaining("speakers/sieves-with-a-typo.txt line 3")
                .hasMessageContaining("reporting-verb-in-parse"); // the known names, to spot the typo
        assertThatThrownBy(() -> SieveChain.of(List.of("adjacent-introducer", "adjacent-introducer")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listed twice");
    }
}
