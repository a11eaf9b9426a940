package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityChange;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How numbers become figures: the values their bound allows, the unit they share, what they count, which are not counts. */
class FigureReaderTest {

    private static Quantity q(double value, QuantityBound bound) {
        return Quantity.newBuilder().setValue(value).setBound(bound).setKind(QuantityKind.QUANTITY_KIND_COUNT)
                .setForm(QuantityForm.QUANTITY_FORM_SINGLE).build();
    }

    @Test
    void boundsBecomeIntervals() {
        assertThat(FigureReader.interval(q(7, QuantityBound.QUANTITY_BOUND_EXACT))).containsExactly(7, 7);
        assertThat(FigureReader.interval(q(7, QuantityBound.QUANTITY_BOUND_UNSPECIFIED))).containsExactly(7, 7);
        double[] about = FigureReader.interval(q(300, QuantityBound.QUANTITY_BOUND_APPROXIMATE));
        assertThat(about[0]).isCloseTo(270, within(1e-6));
        assertThat(about[1]).isCloseTo(330, within(1e-6));
        double[] more = FigureReader.interval(q(12, QuantityBound.QUANTITY_BOUND_MORE_THAN));
        assertThat(more[0]).isGreaterThan(12).isCloseTo(12, within(1e-6));
        assertThat(more[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FigureReader.interval(q(6, QuantityBound.QUANTITY_BOUND_AT_LEAST))).containsExactly(6, Double.POSITIVE_INFINITY);
        double[] less = FigureReader.interval(q(50, QuantityBound.QUANTITY_BOUND_LESS_THAN));
        assertThat(less[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(less[1]).isLessThan(50).isCloseTo(50, within(1e-6));
        assertThat(FigureReader.interval(q(40000, QuantityBound.QUANTITY_BOUND_AT_MOST)))
                .containsExactly(Double.NEGATIVE_INFINITY, 40000);
        double[] nearly = FigureReader.interval(q(100, QuantityBound.QUANTITY_BOUND_NEARLY));
        assertThat(nearly[0]).isCloseTo(90, within(1e-6));
        assertThat(nearly[1]).isLessThan(100).isCloseTo(100, within(1e-6));
    }

    @Test
    void rangesAndChangesKeepTheirShape() {
        Quantity range = Quantity.newBuilder().setValue(30).setValueTo(40).setForm(QuantityForm.QUANTITY_FORM_RANGE)
                .setBound(QuantityBound.QUANTITY_BOUND_APPROXIMATE).build();
        assertThat(FigureReader.interval(range)).containsExactly(30, 40);
        Quantity change = Quantity.newBuilder().setValue(600).setValueTo(800).setForm(QuantityForm.QUANTITY_FORM_CHANGE)
                .setBound(QuantityBound.QUANTITY_BOUND_AT_LEAST).build();
        assertThat(FigureReader.interval(change)).containsExactly(800, Double.POSITIVE_INFINITY);
        assertThat(FigureReader.point(change)).isEqualTo(800);
    }

    @Test
    void aMeasureThatConvertsIsComparedInItsBaseUnit() {
        Quantity miles = Quantity.newBuilder().setValue(2.3).setUnit("mile").setUnitText("miles")
                .setKind(QuantityKind.QUANTITY_KIND_MEASURE).setBound(QuantityBound.QUANTITY_BOUND_APPROXIMATE)
                .setBaseValue(3701.49).setBaseUnit("m").setForm(QuantityForm.QUANTITY_FORM_SINGLE).build();
        Quantity km = Quantity.newBuilder().setValue(2).setValueTo(3).setUnit("kilometre").setUnitText("km")
                .setKind(QuantityKind.QUANTITY_KIND_MEASURE).setBaseValue(2000).setBaseValueTo(3000).setBaseUnit("m")
                .setForm(QuantityForm.QUANTITY_FORM_RANGE).build();
        assertThat(FigureReader.unit(miles)).isEqualTo("m").isEqualTo(FigureReader.unit(km));
        assertThat(FigureReader.point(miles)).isEqualTo(3701.49);
        assertThat(FigureReader.interval(miles)[0]).isCloseTo(3331.341, within(1e-6));
        assertThat(FigureReader.interval(km)).containsExactly(2000, 3000);
        assertThat(FigureReader.label(miles)).isEqualTo("2.3 miles");

        Quantity magnitude = Quantity.newBuilder().setValue(6.8).setUnit("magnitude").setKind(QuantityKind.QUANTITY_KIND_SCALE_VALUE)
                .build();
        assertThat(FigureReader.unit(magnitude)).isEqualTo("magnitude");
        Quantity unconverted = miles.toBuilder().clearBaseValue().setBaseUnit("").build();
        assertThat(FigureReader.unit(unconverted)).isEqualTo("mile");
        assertThat(FigureReader.point(unconverted)).isEqualTo(2.3);
    }

    @Test
    void valuesOfOneFactShareAUnitKeyByKind() {
        Quantity money = Quantity.newBuilder().setValue(3e11).setUnit("US dollar").setCurrency("USD")
                .setKind(QuantityKind.QUANTITY_KIND_MONEY).build();
        assertThat(FigureReader.unit(money)).isEqualTo("USD");
        assertThat(FigureReader.unit(q(7, QuantityBound.QUANTITY_BOUND_EXACT))).isEmpty();
        Quantity percent = Quantity.newBuilder().setValue(30).setUnit("percent").setKind(QuantityKind.QUANTITY_KIND_PERCENT).build();
        assertThat(FigureReader.unit(percent)).isEqualTo("percent");
        Quantity points = Quantity.newBuilder().setValue(0.5).setUnit("percentage point")
                .setKind(QuantityKind.QUANTITY_KIND_PERCENTAGE_POINT).build();
        assertThat(FigureReader.unit(points)).isEqualTo("percentage points");
        Quantity age = Quantity.newBuilder().setValue(66).setUnit("year of age").setKind(QuantityKind.QUANTITY_KIND_AGE).build();
        assertThat(FigureReader.unit(age)).isEqualTo("year of age");
        // A proportion without a unit never meets a count.
        Quantity half = Quantity.newBuilder().setValue(0.5).setKind(QuantityKind.QUANTITY_KIND_PROPORTION).build();
        assertThat(FigureReader.unit(half)).isEqualTo("proportion");
        // The size of a rise or a fall is another fact than a level.
        Quantity rise = percent.toBuilder().setChange(QuantityChange.QUANTITY_CHANGE_UP_BY).build();
        Quantity fall = percent.toBuilder().setChange(QuantityChange.QUANTITY_CHANGE_DOWN_BY).build();
        Quantity level = percent.toBuilder().setChange(QuantityChange.QUANTITY_CHANGE_LEVEL).build();
        assertThat(FigureReader.unit(level)).isEqualTo("percent");
        assertThat(List.of(FigureReader.unit(rise), FigureReader.unit(fall), FigureReader.unit(level))).doesNotHaveDuplicates();
    }

    @Test
    void labelsSayTheValueAsAReaderWould() {
        assertThat(FigureReader.label(q(6, QuantityBound.QUANTITY_BOUND_AT_LEAST).toBuilder().setQualifier("at least")
                .setCounted("people").build())).isEqualTo("at least 6 people");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(3e11).setUnit("US dollar").setCurrency("USD")
                .setUnitText("$").setKind(QuantityKind.QUANTITY_KIND_MONEY).setQualifier("about")
                .setBound(QuantityBound.QUANTITY_BOUND_APPROXIMATE).build())).isEqualTo("about USD 300 billion");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(600000).setValueTo(800000).setKind(QuantityKind.QUANTITY_KIND_COUNT)
                .setForm(QuantityForm.QUANTITY_FORM_CHANGE).build())).isEqualTo("from 600,000 to 800,000");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(30).setUnit("percent").setUnitText("%")
                .setKind(QuantityKind.QUANTITY_KIND_PERCENT).build())).isEqualTo("30%");
        assertThat(FigureReader.label(Quantity.newBuilder().setValue(0.5).setUnit("percentage point").setUnitText("percentage points")
                .setKind(QuantityKind.QUANTITY_KIND_PERCENTAGE_POINT).build())).isEqualTo("0.5 percentage points");
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
