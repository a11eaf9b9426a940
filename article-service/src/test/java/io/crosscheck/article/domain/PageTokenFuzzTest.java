package io.crosscheck.article.domain;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page tokens come back from clients as any string: decoding one either gives a position a store query can use
 * (a time within the Timestamp range, an id of at most 64 characters) or InvalidInputException on page_token, never
 * another exception. Under plain verify this replays the seeds in PageTokenFuzzTestInputs; pom.xml's fuzz execution
 * and README "Fuzz tests" fuzz it.
 */
class PageTokenFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void decode(FuzzedDataProvider data) {
        String fingerprint = data.consumeString(20);
        boolean wellFormed = data.consumeBoolean();
        String token = wellFormed
                ? PageTokenFuzzSupport.raw(data.consumeLong(), data.consumeString(80), fingerprint)
                : data.consumeRemainingAsString();
        PageToken decoded;
        try {
            decoded = PageToken.decode(token, fingerprint, "page_token");
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("page_token");
            assertThat(e.getMessage()).startsWith("page_token ");
            return;
        }
        if (decoded != null) {
            assertThat(decoded.sortTimeMillis()).isBetween(-62_135_596_800_000L, 253_402_300_799_999L);
            assertThat(decoded.lastId()).isNotEmpty().hasSizeLessThanOrEqualTo(64);
            assertThat(decoded.queryFingerprint()).isEqualTo(fingerprint);
            assertThat(PageToken.decode(decoded.encode(), fingerprint, "page_token")).isEqualTo(decoded);
        }
    }
}
