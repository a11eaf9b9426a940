package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How numbers become figures: the values they allow, what they count, and which numbers are not counts. */
class FigureReaderTest {

    private static Quantity q(double value, String qualifier) {
        return Quantity.newBuilder().setValue(value).setQualifier(qualifier).setForm(QuantityForm.QUANTITY_FORM_SINGLE).build();
    }

    @Test
    void qualifiersBecomeIntervals() {
        assertThat(FigureReader.interval(q(7, ""))).containsExactly(7, 7);
        assertThat(FigureReader.interval(q(6, "at least"))).containsExactly(6, Double.POSITIVE_INFINITY);
        assertThat(FigureReader.interval(q(40000, "up to"))).containsExactly(Double.NEGATIVE_INFINITY, 40000);
        double[] about = FigureReader.interval(q(300, "about"));
        assertThat(about[0]).isCloseTo(270, within(1e-6));
        assertThat(about[1]).isCloseTo(330, within(1e-6));
        double[] more = FigureReader.interval(q(12, "more than"));
        assertThat(more[0]).isGreaterThan(12);
        assertThat(FigureReader.interval(Quantity.newBuilder().setValue(30).setValueTo(40)
                .setForm(QuantityForm.QUANTITY_FORM_RANGE).build())).containsExactly(30, 40);
        assertThat(FigureReader.interval(Quantity.newBuilder().setValue(600).setValueTo(800)
                .setForm(QuantityForm.QUANTITY_FORM_CHANGE).build())).containsExactly(800, 800);
    }

    @Test
    void labelsSayTheValueAsAReaderWould() {
        assertThat(FigureReader.label(q(6, "at least").toBuilder().setCounted("people").build())).isEqualTo("at least 6 people");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(3e11).setUnit("USD").setQualifier("about").build()))
                .isEqualTo("about USD 300 billion");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(600000).setValueTo(800000)
                .setForm(QuantityForm.QUANTITY_FORM_CHANGE).build())).isEqualTo("from 600,000 to 800,000");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(30).setUnit("percent").setCounted("%").build()))
                .isEqualTo("30%");
    }

    private static final String SENTENCE = "Four of the injured remained in hospital, the 5-point plan of 2019 said, and "
            + "the original 12-point plan set a cap of 400 trucks a day.";

    private static List<Figure> figures() {
        String content = SENTENCE;
        CoverageArticle a = StoryBuilder.article("a", "Test Wire", "2031-01-01", SENTENCE)
                .statement(SENTENCE)
                .number(content, "Four", 4, "", "")
                .number(content, "5", 5, "", "point plan")
                .number(content, "2019", 2019, "", "")
                .number(content, "12", 12, "", "point plan")
                .number(content, "400", 400, "", "trucks")
                .build();
        return ArticleDigester.digest(a).figures();
    }

    @Test
    void partsOfACountAndYearsAreNotFigures() {
        assertThat(figures()).extracting(Figure::label).containsExactly("5 point plan", "12 point plan", "400 trucks");
    }

    @Test
    void aFigureCountsItsNounAndTheWordsOfItsClause() {
        Figure trucks = figures().get(2);
        assertThat(trucks.counted()).containsExactly(Tokenizer.key("trucks", false));
        assertThat(trucks.thing()).contains(Tokenizer.key("cap", false), Tokenizer.key("set", false));
        // Nearer words weigh more; words beyond the next number belong to that number.
        assertThat(trucks.context().get(Tokenizer.key("cap", false))).isGreaterThan(trucks.context().get(Tokenizer.key("set", false)));
        assertThat(trucks.context()).doesNotContainKey(Tokenizer.key("hospital", false));
        assertThat(trucks.about()).contains("cap of 400 trucks");
    }

    @Test
    void versionWordsAroundAFigureAreRead() {
        assertThat(figures().get(1).version()).isEqualTo(Figure.Version.EARLIER);
        assertThat(figures().get(0).version()).isEqualTo(Figure.Version.NONE);
    }
}
