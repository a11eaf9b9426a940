package io.crosscheck.extraction.api;

import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;
import io.crosscheck.extraction.domain.ClaimExtractor;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceBlockingStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.at;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.api.GrpcAssert.invalidArgument;
import static io.crosscheck.extraction.api.Requests.MAREN_QUOTE;
import static io.crosscheck.extraction.api.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExtractClaimsGrpcTest {
    private static final String ARTICLE = """
            Harbour town of Eastbrook to rebuild collapsed bridge
            Mayor Ilse Maren said on Tuesday that the town would spend roughly $40 million on a new bridge.
            “We will rebuild the bridge by June,” Maren told reporters. “The ferries will carry everyone until then.”
            At least six people were injured when the old bridge collapsed last week, according to the regional police.
            The council approved the 12-point repair plan in August.
            """;

    @GrpcClient("extraction")
    ExtractionServiceBlockingStub extraction;

    @Test
    void quoteHasItsSpeakerCueAndTimeResolvedAgainstThePublishDate() {
        ExtractClaimsResponse response = extraction.extractClaims(request("req-maren", MAREN_QUOTE));

        assertThat(response.getRequestId()).isEqualTo("req-maren");
        assertThat(response.hasError()).isFalse();
        assertThat(response.getSentenceCount()).isEqualTo(1);
        assertThat(response.getTokenCount()).isGreaterThan(10);
        assertThat(response.getClaimSet().getExtractorVersion()).isEqualTo(ClaimExtractor.VERSION);
        assertTraceable(MAREN_QUOTE, response.getClaimSet());

        Claim quote = claimStartingWith(response.getClaimSet(), "We will rebuild the bridge by June");
        assertThat(quote.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
        assertThat(at(MAREN_QUOTE, quote.getSpan())).isEqualTo(quote.getText());
        assertThat(quote.getAttribution()).isEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_ATTRIBUTED);
        assertThat(quote.getSpeaker().getCanonicalName()).contains("Maren");
        assertThat(quote.getSpeaker().getText()).contains("Maren");
        assertThat(at(MAREN_QUOTE, quote.getSpeaker().getSpan())).isEqualTo(quote.getSpeaker().getText());
        assertThat(quote.getCue().getText()).isEqualTo("said");
        assertThat(at(MAREN_QUOTE, quote.getCue().getSpan())).isEqualTo("said");
        TimeExpression tuesday = quote.getTimesList().stream().filter(t -> t.getText().contains("Tuesday")).findFirst()
                .orElseThrow(() -> new AssertionError("no Tuesday among " + quote.getTimesList()));
        assertThat(tuesday.getValue()).isEqualTo("2025-11-25");
        assertThat(tuesday.getGranularity()).isEqualTo(TimeGranularity.TIME_GRANULARITY_DAY);
        assertThat(at(MAREN_QUOTE, tuesday.getSpan())).isEqualTo(tuesday.getText());
    }

    @Test
    void everyClaimOfAnArticleIndexesIntoTheSubmittedText() {
        ExtractClaimsResponse response = extraction.extractClaims(request(ARTICLE));

        assertTraceable(ARTICLE, response.getClaimSet());
        assertThat(response.getSentenceCount()).isGreaterThanOrEqualTo(6);
        assertThat(response.getClaimSet().getClaimsList()).extracting(Claim::getKind)
                .contains(ClaimKind.CLAIM_KIND_DIRECT_QUOTE, ClaimKind.CLAIM_KIND_INDIRECT_QUOTE, ClaimKind.CLAIM_KIND_STATEMENT);
        Claim spending = claimStartingWith(response.getClaimSet(), "the town would spend");
        assertThat(spending.getKind()).isEqualTo(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE);
        assertThat(spending.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        assertThat(spending.getQuantitiesList()).singleElement().satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(4e7);
            assertThat(q.getCurrency()).isEqualTo("USD");
            assertThat(q.getQualifier()).isEqualTo("roughly");
        });
        // Every quantity of the text is listed once at the top, and a claim's quantities are among them.
        assertThat(response.getClaimSet().getQuantitiesList()).contains(spending.getQuantities(0));
        // The surname alone resolves to the full name given in the paragraph before.
        Claim ferries = claimStartingWith(response.getClaimSet(), "We will rebuild");
        assertThat(ferries.getSpeaker().getText()).isEqualTo("Maren");
        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
        // A headline has no final punctuation and is no statement.
        assertThat(response.getClaimSet().getClaimsList()).noneMatch(c -> c.getText().startsWith("Harbour town"));
    }

    @Test
    void titleIsContextOnlyAndSpansNeverPointIntoIt() {
        String title = "A very long headline that is not part of the text at all, Mayor Ilse Maren said";
        ExtractClaimsResponse response = extraction.extractClaims(request(MAREN_QUOTE).toBuilder().setTitle(title).build());

        assertTraceable(MAREN_QUOTE, response.getClaimSet());
        assertThat(response.getClaimSet().getClaimsList()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getSpan().getEnd()).isLessThanOrEqualTo(MAREN_QUOTE.length()));
    }

    @Test
    void englishInAnySpellingOrNoLanguageIsAccepted() {
        for (String language : new String[] {"", "en", "EN", "en-GB", "en_US"}) {
            ExtractClaimsResponse response = extraction.extractClaims(request(MAREN_QUOTE).toBuilder().setLanguage(language).build());
            assertThat(response.getClaimSet().getClaimsCount()).as("language \"%s\"", language).isPositive();
        }
    }

    @Test
    void withoutPublishTimeRelativeDatesResolveAgainstToday() {
        String text = "The council approved the harbour budget yesterday after a long debate.";
        LocalDate before = LocalDate.now(ZoneOffset.UTC);

        ExtractClaimsResponse response = extraction.extractClaims(request(text).toBuilder().clearPublishedTime().build());

        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        Claim claim = claimStartingWith(response.getClaimSet(), "The council approved");
        assertThat(claim.getTimesList()).singleElement().satisfies(t -> {
            assertThat(t.getText()).isEqualTo("yesterday");
            assertThat(t.getValue()).isIn(before.minusDays(1).toString(), after.minusDays(1).toString());
        });
    }

    @Test
    void emptyTextIsInvalid() {
        invalidArgument("text", () -> extraction.extractClaims(request("")));
    }

    @Test
    void blankTextIsInvalid() {
        invalidArgument("text", () -> extraction.extractClaims(request(" \n\t\u2003 \r\n")));
    }

    @Test
    void textOverTheLimitIsInvalid() {
        String text = "a".repeat(1_000_001);

        var e = invalidArgument("text", () -> extraction.extractClaims(request(text)));

        assertThat(e.getStatus().getDescription()).contains("1000001").contains("1000000");
    }

    @Test
    void otherLanguagesAreInvalid() {
        var e = invalidArgument("language", () -> extraction.extractClaims(request(MAREN_QUOTE).toBuilder().setLanguage("fr").build()));

        assertThat(e.getStatus().getDescription()).contains("fr");
    }
}
