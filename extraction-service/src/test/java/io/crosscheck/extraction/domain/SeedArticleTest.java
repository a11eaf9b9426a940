package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.at;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

/** A real article from the shared corpus (read in place, never copied into the project). */
class SeedArticleTest {
    /** Seed 001 was published on Tuesday 2025-11-25 (corpus/seeds-gold.json). */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 25);

    @Test
    void seed001QuoteHasItsSpeakerAndEverySpanTracesBack() {
        String text = SharedCorpus.seed("001_");

        ExtractionResult result = Nlp.extractor().extract(text, PUBLISHED, "en");
        ClaimSet set = result.claimSet();

        assertTraceable(text, set);
        assertThat(result.sentenceCount()).isGreaterThan(20);
        assertThat(set.getClaimsList()).hasSizeGreaterThan(20);
        Claim quote = claimStartingWith(set, "I look forward to meeting with President Zelensky");
        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(quote.hasSpeaker()).isTrue();
        assertThat(quote.getSpeaker().getText()).isNotBlank();
        assertThat(at(text, quote.getSpeaker().getSpan())).isEqualTo(quote.getSpeaker().getText());
        assertThat(quote.getSpeaker().getSpan().getStart()).as("the speaker stands after the quote")
                .isGreaterThanOrEqualTo(quote.getSpan().getEnd());
        assertThat(quote.getCue().getText()).isEqualTo("said");
        assertThat(quote.getTimesList()).anySatisfy(t -> {
            assertThat(t.getText()).contains("Tuesday");
            assertThat(t.getValue()).isEqualTo("2025-11-25");
        });
    }
}
