package io.crosscheck.extraction.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** QuoteFinder is plain string work: no analyzer needed. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void typographicPairs() {
        String text = "“We will rebuild the bridge,” Maren said. “The ferries run until June.”";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(contents(text, quotes)).containsExactly("We will rebuild the bridge", "The ferries run until June.");
        QuoteSpan first = quotes.get(0);
        assertThat(first.start()).isZero();
        assertThat(text.charAt(first.start())).isEqualTo('“');
        assertThat(text.charAt(first.end() - 1)).isEqualTo('”');
        assertThat(first.contentStart()).isEqualTo(first.start() + 1);
        QuoteSpan second = quotes.get(1);
        assertThat(second.contentEnd()).isEqualTo(second.end() - 1);
        assertThat(quotes).noneMatch(QuoteSpan::continuesQuote);
    }

    @Test
    void contentEndsBeforeTheCommaAndSpaceInsideTheClosingMark() {
        String text = "“We will rebuild the bridge , ” Maren said.";

        QuoteSpan q = finder.find(text).get(0);

        assertThat(text.substring(q.contentStart(), q.contentEnd())).isEqualTo("We will rebuild the bridge");
        assertThat(text.substring(q.start(), q.end())).isEqualTo("“We will rebuild the bridge , ”");
    }

    @Test
    void straightQuotesAlternate() {
        String text = "Brenner called the plan \"bold\" and the budget \"far too small\" on Monday.";

        assertThat(contents(text, finder.find(text))).containsExactly("bold", "far too small");
    }

    @Test
    void straightQuoteMayCloseWithATypographicMark() {
        String text = "He said \"we stay” and left.";

        assertThat(contents(text, finder.find(text))).containsExactly("we stay");
    }

    @Test
    void guillemets() {
        String text = "The minister called it « a fair deal » and Brenner «a trap».";

        assertThat(contents(text, finder.find(text))).containsExactly(" a fair deal", "a trap");
    }

    @Test
    void lowNineQuoteClosesWithTheRightMark() {
        String text = "Sie sagte „wir bleiben” heute.";

        assertThat(contents(text, finder.find(text))).containsExactly("wir bleiben");
    }

    @Test
    void quoteLeftOpenEndsAtTheParagraphEndWithoutTrailingSpace() {
        String text = "Maren said: “We will rebuild the bridge by June.   \nThe council agreed.";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(quotes).hasSize(1);
        QuoteSpan q = quotes.get(0);
        assertThat(q.end()).isEqualTo(text.indexOf('\n'));
        assertThat(text.substring(q.contentStart(), q.contentEnd())).isEqualTo("We will rebuild the bridge by June.");
    }

    @Test
    void quoteLeftOpenAtTheEndOfTheText() {
        String text = "Maren said: “We will rebuild";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.end()).isEqualTo(text.length());
            assertThat(text.substring(q.contentStart(), q.contentEnd())).isEqualTo("We will rebuild");
        });
    }

    @Test
    void continuationParagraphsAreFlagged() {
        String text = "Maren said: “We will rebuild the bridge by June.\n"
                + "“The ferries will run every hour until then.\n"
                + "“Nobody will be cut off,” she added.\n"
                + "“A new quote,” Brenner replied.";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(contents(text, quotes)).containsExactly("We will rebuild the bridge by June.",
                "The ferries will run every hour until then.", "Nobody will be cut off", "A new quote");
        assertThat(quotes).extracting(QuoteSpan::continuesQuote).containsExactly(false, true, true, false);
    }

    @Test
    void aParagraphThatDoesNotOpenWithAQuoteDoesNotContinueOne() {
        String text = "Maren said: “We will rebuild the bridge.\nThe council said “yes” later.";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(quotes).extracting(QuoteSpan::continuesQuote).containsExactly(false, false);
    }

    @Test
    void noQuoteCrossesALineBreak() {
        String text = "The mayor said “the bridge\nwill be rebuilt” on Tuesday.\r\n\"Straight\nacross\" too.";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(quotes).isNotEmpty().allSatisfy(q ->
                assertThat(text.substring(q.start(), q.end())).doesNotContain("\n"));
    }

    @Test
    void singleQuotesAreApostrophesNotQuotes() {
        String text = "The council’s plan is ‘bold’, Maren's aide said.";

        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void aSecondOpeningMarkMakesTheFirstOneStray() {
        String text = "A stray “ mark and then “the real quote” here.";

        assertThat(contents(text, finder.find(text))).containsExactly("the real quote");
    }

    @Test
    void emptyQuotesAreNotQuotes() {
        assertThat(finder.find("“”")).isEmpty();
        assertThat(finder.find("“ , ”")).isEmpty();
        assertThat(finder.find("\"\"")).isEmpty();
        assertThat(finder.find("")).isEmpty();
    }

    @Test
    void everySpanLiesInsideTheTextWhateverTheMarks() {
        for (String text : List.of("\"\"\"\"“”“”", "”“", "«««»»»", "\"a\" \"b", "“\n”\n“", "„“”„", "\n\n\"\n")) {
            for (QuoteSpan q : finder.find(text)) {
                assertThat(q.start()).as(text).isGreaterThanOrEqualTo(0);
                assertThat(q.start()).as(text).isLessThan(q.contentStart());
                assertThat(q.contentStart()).as(text).isLessThanOrEqualTo(q.contentEnd());
                assertThat(q.contentEnd()).as(text).isLessThanOrEqualTo(q.end());
                assertThat(q.end()).as(text).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void coversAndWordCount() {
        String text = "She said “we will  stay here” today.";
        QuoteSpan q = finder.find(text).get(0);

        assertThat(q.covers(q.start())).isTrue();
        assertThat(q.covers(q.end())).isFalse();
        assertThat(q.wordCount(text)).isEqualTo(4);
    }

    @Test
    void doubledApostrophesAndBackticksAreDoubleQuotes() {
        String text = "''We will rebuild the bridge,'' Maren said. ``The ferries run until June.''";

        List<QuoteSpan> quotes = finder.find(text);

        assertThat(contents(text, quotes)).containsExactly("We will rebuild the bridge", "The ferries run until June.");
        assertThat(text.substring(quotes.get(0).start(), quotes.get(0).end())).startsWith("''").endsWith(",''");
    }

    @Test
    void aSingleApostropheIsNoQuote() {
        String text = "The harbour's ferries and the town's bridge reopen in June.";

        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void typographicOpeningClosedByAStraightMark() {
        String text = "“Fees should not be a condition for docking,\" the harbour master said.";

        assertThat(contents(text, finder.find(text))).containsExactly("Fees should not be a condition for docking");
    }

    private static List<String> contents(String text, List<QuoteSpan> quotes) {
        return quotes.stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }
}
