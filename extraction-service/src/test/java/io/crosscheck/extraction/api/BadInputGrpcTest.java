package io.crosscheck.extraction.api;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc.ExtractionServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.extraction.ClaimAssertions.assertTraceable;
import static io.crosscheck.extraction.ClaimAssertions.at;
import static io.crosscheck.extraction.ClaimAssertions.claimStartingWith;
import static io.crosscheck.extraction.api.GrpcAssert.invalidArgument;
import static io.crosscheck.extraction.api.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and odd text through the real service: each answers with claims that trace back into the
 * text, or with a clear INVALID_ARGUMENT, never with an exception escaping as UNKNOWN or INTERNAL.
 */
@QuarkusTest
class BadInputGrpcTest {

    @GrpcClient("extraction")
    ExtractionServiceBlockingStub extraction;

    @Test
    void emptyText() {
        invalidArgument("text", () -> extraction.extractClaims(request("")));
    }

    @Test
    void oneMebibyteOfText() {
        String text = "The harbour reopened on Monday. ".repeat(32_768);
        assertThat(text).hasSize(1_048_576);

        var e = invalidArgument("text", () -> extraction.extractClaims(request(text)));

        assertThat(e.getStatus().getDescription()).contains("1048576").contains("1000000");
    }

    @Test
    void textWithoutSentencePunctuation() {
        String text = "mayor ilse maren said the bridge would be rebuilt by june and the ferries would run every hour "
                + "until then and nobody in the harbour town of eastbrook seemed surprised by the news ".repeat(5);

        ExtractClaimsResponse response = valid(text);

        assertThat(response.getSentenceCount()).isPositive();
    }

    @Test
    void onlyQuotationMarks() {
        ExtractClaimsResponse response = valid("\"\"\"\"“”“”");

        assertThat(response.getClaimSet().getClaimsList()).as("no words, no claims").isEmpty();
    }

    @Test
    void unbalancedQuotes() {
        String text = "“The harbour will open next spring, Mayor Ilse Maren said on Tuesday.\n"
                + "She added that the ferries would run daily.”\n"
                + "Tomas Brenner said \"the port is ours and then left the room.\n"
                + "” A closing mark opens nothing. « Half a guillemet quote, he said.";

        ExtractClaimsResponse response = valid(text);

        Claim ferries = claimStartingWith(response.getClaimSet(), "the ferries would run daily");
        assertThat(ferries.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void mixedQuoteCharacters() {
        String text = "Tomas Brenner said \"we will stay“ and then « we will leave » and ‘maybe’ and ” later ” and \" again.\n"
                + "“The ferries will run,” he said, ‘and the port will open’ in «May».";

        ExtractClaimsResponse response = valid(text);

        assertThat(response.getClaimSet().getClaimsList()).extracting(Claim::getKind).contains(ClaimKind.CLAIM_KIND_DIRECT_QUOTE);
    }

    @Test
    void emoji() {
        String text = "The mayor 🎉 said the festival 🚢 drew 5,000 visitors 👍🏽 on Saturday.\n"
                + "“We 💙 Eastbrook,” Mayor Ilse Maren 🇳🇴 said, as 👨‍👩‍👧‍👦 families cheered.";

        ExtractClaimsResponse response = valid(text);

        List<Claim> claims = response.getClaimSet().getClaimsList();
        assertThat(claims).flatExtracting(Claim::getQuantitiesList).anySatisfy(q -> {
            assertThat(q.getValue()).isEqualTo(5000);
            assertThat(at(text, q.getSpan())).isEqualTo("5,000");
        });
        assertThat(claims).anySatisfy(c -> assertThat(c.getSpeaker().getText()).contains("Maren"));
    }

    @Test
    void rightToLeftScripts() {
        String text = "قال الوزير إن الميناء سيفتح الأسبوع المقبل.\n"
                + "אמר השר כי הנמל ייפתח בשבוע הבא.\n"
                + "Mayor Ilse Maren said the port would open next week, שלום, and the ferries ‏would‏ follow.";

        ExtractClaimsResponse response = valid(text);

        assertThat(response.getSentenceCount()).isEqualTo(3);
        Claim port = claimStartingWith(response.getClaimSet(), "the port would open");
        assertThat(port.getSpeaker().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void onlyRightToLeftScripts() {
        valid("قال الوزير إن الميناء سيفتح الأسبوع المقبل، بحسب «رويترز».\nאמר השר כי “הנמל ייפתח בשבוע הבא”.");
    }

    @Test
    void controlCharacters() {
        String text = "The mayor\u0000 said\u0007 the port\u001b would open on Tuesday.\u0000\u0007\u001b\n"
                + "\u0000“We will rebuild\u0007 the bridge,”\u001b Mayor Ilse Maren said.\u0000";

        ExtractClaimsResponse response = valid(text);

        assertThat(claimStartingWith(response.getClaimSet(), "We will rebuild").getSpeaker().getCanonicalName())
                .isEqualTo("Ilse Maren");
    }

    @Test
    void onlyControlCharacters() {
        validOrInvalidText("\u0000\u0007\u001b\u0000");
    }

    @Test
    void loneSurrogates() {
        // Not valid UTF-16: protobuf sends each lone surrogate as "?", one char for one, so spans still agree.
        String text = "The mayor said \uD83D the port would open \uDC4D on Tuesday, Ilse Maren said.";

        ExtractClaimsResponse response = extraction.extractClaims(request(text));

        assertTraceable(text.replace('\uD83D', '?').replace('\uDC4D', '?'), response.getClaimSet());
    }

    /** The service answers, and every part of every claim traces back into the text. */
    private ExtractClaimsResponse valid(String text) {
        ExtractClaimsResponse response;
        try {
            response = extraction.extractClaims(request(text));
        } catch (StatusRuntimeException e) {
            throw new AssertionError("expected an answer, got " + e.getStatus(), e);
        }
        assertTraceable(text, response.getClaimSet());
        assertThat(response.hasError()).isFalse();
        return response;
    }

    /** Either a valid answer without claims or INVALID_ARGUMENT on "text"; nothing else. */
    private void validOrInvalidText(String text) {
        try {
            ExtractClaimsResponse response = extraction.extractClaims(request(text));
            assertTraceable(text, response.getClaimSet());
            assertThat(response.getClaimSet().getClaimsList()).isEmpty();
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).as("%s", e.getStatus()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            invalidArgument("text", () -> {
                throw e;
            });
        }
    }
}
