package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.crosscheck.common.v1.TimeGranularity.TIME_GRANULARITY_DAY;
import static io.crosscheck.common.v1.TimeGranularity.TIME_GRANULARITY_MONTH;
import static io.crosscheck.common.v1.TimeGranularity.TIME_GRANULARITY_WEEK;
import static io.crosscheck.common.v1.TimeGranularity.TIME_GRANULARITY_YEAR;
import static io.crosscheck.extraction.domain.Nlp.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Dates resolved against the publish date Wednesday 2025-11-26, with real sentences for the tense context. */
class TimeResolverTest {
    private final TimeResolver resolver = new TimeResolver();

    @Test
    void bareWeekdayInPastTenseIsTheLatestOneBeforePublication() {
        assertResolves("The committee met on Tuesday to discuss the harbour budget.", "on Tuesday", "2025-11-25", TIME_GRANULARITY_DAY);
    }

    @Test
    void aPrepositionOpeningTheSentenceIsPartOfTheTime() {
        assertResolves("In 2019 the harbour moved 40 ships.", "In 2019", "2019", TIME_GRANULARITY_YEAR);
        assertResolves("By Tuesday night the toll had reached 25.", "By Tuesday night", "2025-11-25", TIME_GRANULARITY_DAY);
    }

    @Test
    void publicationDayItself() {
        assertResolves("The committee met on Wednesday morning.", "on Wednesday morning", "2025-11-26", TIME_GRANULARITY_DAY);
    }

    @Test
    void lastWeekIsTheIsoWeekBefore() {
        assertResolves("The committee met last week to discuss the harbour budget.", "last week", "2025-W47", TIME_GRANULARITY_WEEK);
    }

    @Test
    void nextWeekIsTheIsoWeekAfter() {
        assertResolves("The committee will meet next week to discuss the harbour budget.", "next week", "2025-W49",
                TIME_GRANULARITY_WEEK);
    }

    @Test
    void bareMonthInPastTenseIsThisYearsWhenAlreadyPast() {
        assertResolves("The committee met in August to discuss the harbour budget.", "in August", "2025-08", TIME_GRANULARITY_MONTH);
    }

    @Test
    void bareMonthInPastTenseStillAheadIsLastYears() {
        assertResolves("The committee met in December to discuss the harbour budget.", "in December", "2024-12",
                TIME_GRANULARITY_MONTH);
    }

    @Test
    void monthInTheFutureIsTheNextOne() {
        assertResolves("The bridge will reopen in March, the council said.", "in March", "2026-03", TIME_GRANULARITY_MONTH);
    }

    @Test
    void monthAndOrdinalDay() {
        assertResolves("The committee set November 27th as the deadline for the harbour budget.", "November 27th", "2025-11-27",
                TIME_GRANULARITY_DAY);
    }

    @Test
    void dayMonthYear() {
        assertResolves("The harbour first opened on 3 May 1998, the archive shows.", "on 3 May 1998", "1998-05-03",
                TIME_GRANULARITY_DAY);
    }

    @Test
    void monthDayWithoutYearTakesTheNearestYear() {
        assertResolves("The ferries stopped on October 30 after a storm.", "on October 30", "2025-10-30", TIME_GRANULARITY_DAY);
        assertResolves("The ferries will stop on January 5 for repairs.", "on January 5", "2026-01-05", TIME_GRANULARITY_DAY);
    }

    @Test
    void futureWeekdayIsTheNextOne() {
        assertResolves("The committee will meet on Thursday to discuss the harbour budget.", "on Thursday", "2025-11-27",
                TIME_GRANULARITY_DAY);
    }

    @Test
    void lastAndNextWeekday() {
        assertResolves("The committee met last Friday.", "last Friday", "2025-11-21", TIME_GRANULARITY_DAY);
        assertResolves("The committee meets next Monday.", "next Monday", "2025-12-01", TIME_GRANULARITY_DAY);
    }

    @Test
    void yearAfterAPreposition() {
        assertResolves("The committee first met in 2022 to discuss the harbour budget.", "in 2022", "2022", TIME_GRANULARITY_YEAR);
    }

    @Test
    void relativeDaysAndPeriods() {
        assertResolves("The ferry sank yesterday.", "yesterday", "2025-11-25", TIME_GRANULARITY_DAY);
        assertResolves("The ferry sails tomorrow.", "tomorrow", "2025-11-27", TIME_GRANULARITY_DAY);
        assertResolves("Prices rose last month in the harbour.", "last month", "2025-10", TIME_GRANULARITY_MONTH);
        assertResolves("Prices rose last year in the harbour.", "last year", "2024", TIME_GRANULARITY_YEAR);
    }

    @Test
    void isoDate() {
        assertResolves("The report is dated 2025-11-20 and was released today.", "2025-11-20", "2025-11-20", TIME_GRANULARITY_DAY);
    }

    @Test
    void everyExpressionHasItsTextAtItsSpan() {
        String text = "The committee met on Tuesday and last week, and will meet next week, in December and on 3 May 2026.";

        List<TimeExpression> times = resolve(text, WEDNESDAY);

        assertThat(times).hasSizeGreaterThanOrEqualTo(5).allSatisfy(t ->
                assertThat(text.substring(t.getSpan().getStart(), t.getSpan().getEnd())).isEqualTo(t.getText()));
        assertThat(times).extracting(t -> t.getSpan().getStart()).isSorted();
    }

    @Test
    void impossibleDatesAreLeftOutNotThrown() {
        List<TimeExpression> times = resolve("The ferries stopped on February 31 and on 45 March.", WEDNESDAY);

        assertThat(times).noneMatch(t -> t.getText().contains("31") || t.getText().contains("45"));
    }

    @Test
    void futureTenseInsideAQuoteDoesNotMoveThePastTenseAttribution() {
        assertResolves("“We will rebuild it,” Maren said on Tuesday.", "on Tuesday", "2025-11-25", TIME_GRANULARITY_DAY);
    }

    @Test
    void leapDayWithoutYearResolvesToTheLeapYear() {
        assertResolves("The festival was held on February 29 in the old harbour.", LocalDate.of(2024, 3, 5), "on February 29",
                "2024-02-29", TIME_GRANULARITY_DAY);
    }

    private void assertResolves(String text, String expression, String value, TimeGranularity granularity) {
        assertResolves(text, WEDNESDAY, expression, value, granularity);
    }

    private void assertResolves(String text, LocalDate published, String expression, String value, TimeGranularity granularity) {
        List<TimeExpression> times = resolve(text, published);
        assertThat(times).as("times in \"%s\"", text).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo(expression);
            assertThat(t.getValue()).isEqualTo(value);
            assertThat(t.getGranularity()).isEqualTo(granularity);
            assertThat(text.substring(t.getSpan().getStart(), t.getSpan().getEnd())).isEqualTo(expression);
        });
    }

    private List<TimeExpression> resolve(String text, LocalDate published) {
        return resolver.resolve(text, published, Nlp.analyzer().analyze(text).sentences());
    }
}
