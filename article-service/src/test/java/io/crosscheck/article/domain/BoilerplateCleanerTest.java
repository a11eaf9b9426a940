package io.crosscheck.article.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The cleaner's rules on small made-up texts. */
class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    @Test
    void dropsMarkupButKeepsTheWordsOfAContentLine() {
        var result = cleaner.clean("<p>The mayor said it was &quot;a <b>good</b> day&quot; &amp; left.</p>\r\nMore text.<br");

        assertThat(result.cleanedText()).isEqualTo("The mayor said it was \"a good day\" & left.\nMore text.");
    }

    @Test
    void foldsBlankRunsLeftByRemovals() {
        var result = cleaner.clean("\n\nFirst paragraph.\n\nAdvertisement\n\n\nSecond paragraph.\n\n\n");

        assertThat(result.cleanedText()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(result.removedLines()).containsExactly("Advertisement");
    }

    @Test
    void bylineAndCaptionCreditGo() {
        var result = cleaner.clean("By Jane Doe and John Roe, Reuters\nStrikes hit the port. Photograph: Ann Lee/AP\n"
                + "The port reopened on Friday.");

        assertThat(result.cleanedText()).isEqualTo("The port reopened on Friday.");
    }

    @Test
    void signatureGoesOnlyAtTheEnd() {
        String text = "Maria Sanchez\nMaria Sanchez met the minister on Monday.\nThey talked for an hour.\nJohn Smith";

        var result = cleaner.clean(text);

        assertThat(result.cleanedText()).isEqualTo("Maria Sanchez\nMaria Sanchez met the minister on Monday.\nThey talked for an hour.");
        assertThat(result.removedLines()).containsExactly("John Smith");
    }

    @Test
    void timestampAloneOnALineIsThePrintedTime() {
        assertThat(cleaner.clean("Text.\n2025-11-25T21:17Z").printedTimestamp()).isEqualTo(Instant.parse("2025-11-25T21:17:00Z"));
        assertThat(cleaner.clean("Text.\n2025-11-25 08:05:09 UTC").printedTimestamp())
                .isEqualTo(Instant.parse("2025-11-25T08:05:09Z"));
        assertThat(cleaner.clean("Text.\n2025-11-25").printedTimestamp()).as("a date alone is no timestamp").isNull();
        assertThat(cleaner.clean("Text.\n2025-13-45 10:00").printedTimestamp()).as("not a date").isNull();
        assertThat(cleaner.clean("On 2025-11-25 21:17 the talks ended.").printedTimestamp()).isNull();
    }

    @Test
    void textOfOnlyFurnitureCleansToNothing() {
        assertThat(cleaner.clean("Leave a comment\nSubscribe to our daily newsletter\nRead more:\n"
                + "Copyright 2025 Harbor Gazette\n©2025 Harbor Gazette\nPublished: 25 Nov 2025 10:00")
                .cleanedText()).isEmpty();
    }

    @Test
    void contentSentencesThatStartLikeFurnitureAreKept() {
        String text = "The storm closed the port on Monday.\nBy Friday, the port had reopened.\n"
                + "Updated figures show 40 ships waited.\nPublished reports say the ceasefire held.\nThe port is open.";

        assertThat(cleaner.clean(text).cleanedText()).isEqualTo(text);
    }

    @Test
    void copyrightSignFollowedBySpaceIsFurniture() {
        assertThat(cleaner.clean("The port reopened.\n© 2025 Harbor Gazette").cleanedText()).isEqualTo("The port reopened.");
    }
}
