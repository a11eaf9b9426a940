package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityChange;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.extraction.domain.Nlp.quantities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every quantity of a text as a typed figure, on hand-written sentences: units converted by the units library,
 * currencies, spelled numbers and scale words, ranges, bounds, changes, and the numbers that are no quantity.
 */
class QuantityFiguresTest {

    @Test
    void milesAndKilometresConvertToTheSameBaseUnit() {
        Quantity miles = only("The new footbridge over the Aller river is 2.3 miles long.");
        Quantity km = only("The new footbridge over the Aller river is 3.7 km long.");

        assertThat(miles.getUnit()).isEqualTo("mile");
        assertThat(miles.getUnitText()).isEqualTo("miles");
        assertThat(miles.getKind()).isEqualTo(QuantityKind.QUANTITY_KIND_MEASURE);
        assertThat(miles.getBaseUnit()).isEqualTo("m");
        assertThat(miles.getBaseValue()).isCloseTo(3701.49, within(0.01));
        assertThat(km.getUnit()).isEqualTo("kilometre");
        assertThat(km.getBaseValue()).isCloseTo(3700, within(0.01));
        assertThat(Math.abs(miles.getBaseValue() - km.getBaseValue()) / km.getBaseValue()).isLessThan(0.01);
    }

    @Test
    void unitsGluedToTheNumberAndTemperatures() {
        List<Quantity> qs = quantities("The Orvale plant runs a 520bhp engine, a 4.5kWh battery and a 42m mast at -5 degrees Fahrenheit.");

        assertThat(qs).extracting(Quantity::getUnit).containsExactly("brake horsepower", "kilowatt hour", "metre", "fahrenheit");
        assertThat(qs.get(1).getBaseValue()).isCloseTo(4.5 * 3.6e6, within(1.0));
        assertThat(qs.get(3).getValue()).isEqualTo(-5);
        assertThat(qs.get(3).getBaseUnit()).isEqualTo("K");
        assertThat(qs.get(3).getBaseValue()).isCloseTo(252.59, within(0.01));
    }

    @Test
    void moneyCarriesItsIsoCodeAndScale() {
        List<Quantity> qs = quantities("Velmora will pay a €20 fee, £17 for parking, $1.5bn for the new terminal and "
                + "millions of dollars for its $35-billion port.");

        assertThat(qs).extracting(Quantity::getCurrency).containsExactly("EUR", "GBP", "USD", "USD", "USD");
        assertThat(qs.get(3).getValueTo()).isEqualTo(1e7);
        assertThat(qs.get(4).getValue()).isEqualTo(3.5e10);
        assertThat(qs).extracting(Quantity::getKind).containsOnly(QuantityKind.QUANTITY_KIND_MONEY);
        assertThat(qs.get(2).getValue()).isEqualTo(1.5e9);
        assertThat(qs.get(2).getScale()).isEqualTo(1e9);
        assertThat(qs.get(2).getText()).isEqualTo("$1.5bn");
    }

    @Test
    void spelledNumbersAndScaleWords() {
        List<Quantity> qs = quantities("The cooks used three-dozen eggs, a dozen lemons and four hundred million grains of rice.");

        assertThat(qs).extracting(Quantity::getValue).containsExactly(36.0, 12.0, 4e8);
        assertThat(qs).extracting(Quantity::getCounted).containsExactly("eggs", "lemons", "grains");
    }

    @Test
    void proportionsAndAges() {
        List<Quantity> qs = quantities("Nearly two-thirds of the 90 members are ninety seven years old.");

        assertThat(qs.get(0).getValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(qs.get(0).getKind()).isEqualTo(QuantityKind.QUANTITY_KIND_PROPORTION);
        assertThat(qs.get(0).getBound()).isEqualTo(QuantityBound.QUANTITY_BOUND_NEARLY);
        assertThat(qs.get(2).getValue()).isEqualTo(97);
        assertThat(qs.get(2).getKind()).isEqualTo(QuantityKind.QUANTITY_KIND_AGE);
        assertThat(qs.get(2).getUnit()).isEqualTo("year of age");
    }

    @Test
    void rangesShareTheUnitWrittenOnce() {
        List<Quantity> qs = quantities("Winds reached 12 to 19 miles per hour, and between 1 and 2 thousand people left.");

        Quantity wind = qs.get(0);
        assertThat(wind.getForm()).isEqualTo(QuantityForm.QUANTITY_FORM_RANGE);
        assertThat(wind.getValue()).isEqualTo(12);
        assertThat(wind.getValueTo()).isEqualTo(19);
        assertThat(wind.getUnit()).isEqualTo("mile per hour");
        assertThat(wind.getBaseValueTo()).isCloseTo(19 * 0.44704, within(1e-6));
        assertThat(qs.get(1).getValue()).isEqualTo(1000);
        assertThat(qs.get(1).getValueTo()).isEqualTo(2000);
        Quantity spend = only("The port expects to spend $5–$6 trillion by the end of the decade.");
        assertThat(spend.getValue()).isEqualTo(5e12);
        assertThat(spend.getValueTo()).isEqualTo(6e12);
    }

    @Test
    void aHalfAddsToAWholeNumber() {
        Quantity q = only("The harbour master served 11 and a half years at sea.");

        assertThat(q.getValue()).isEqualTo(11.5);
        assertThat(q.getUnit()).isEqualTo("year");
    }

    @Test
    void anOrderOfMagnitudeIsARange() {
        Quantity q = only("Thousands of residents of Eastbrook marched on Saturday.");

        assertThat(q.getValue()).isEqualTo(1000);
        assertThat(q.getValueTo()).isEqualTo(10000);
        assertThat(q.getForm()).isEqualTo(QuantityForm.QUANTITY_FORM_RANGE);
    }

    @Test
    void boundsAndChanges() {
        List<Quantity> qs = quantities("Harbor shares rose 7.3 per cent to $61, and at least six ferries were down by 3%.");

        assertThat(qs.get(0).getChange()).isEqualTo(QuantityChange.QUANTITY_CHANGE_UP_BY);
        assertThat(qs.get(1).getChange()).isEqualTo(QuantityChange.QUANTITY_CHANGE_LEVEL);
        assertThat(qs.get(2).getBound()).isEqualTo(QuantityBound.QUANTITY_BOUND_AT_LEAST);
        assertThat(qs.get(2).getQualifier()).isEqualTo("at least");
        assertThat(qs.get(3).getChange()).isEqualTo(QuantityChange.QUANTITY_CHANGE_DOWN_BY);
    }

    @Test
    void percentagePointsAreNoPercentage() {
        List<Quantity> qs = quantities("The central bank raised its rate by 0.5 percentage points and by 25 basis points.");

        assertThat(qs).extracting(Quantity::getKind).containsOnly(QuantityKind.QUANTITY_KIND_PERCENTAGE_POINT);
    }

    @Test
    void yearsDatesTimesOrdinalsListsAndNamesAreNoQuantities() {
        String text = "In 1988 the 21st ferry of the Coast 10 league left at 10:30 p.m. on March 3 from page 5 of the Velphone 12 guide "
                + "for the 2019-20 season, after its 2018 sales and the COVID -19 tests.";

        assertThat(quantities(text)).isEmpty();
    }

    @Test
    void aNameBeforeACountDoesNotSwallowIt() {
        List<Quantity> qs = quantities("The mayor told Velmora Radio 30 families had left, and 100+ ferries wait.");

        assertThat(qs).extracting(Quantity::getValue).contains(30.0);
        assertThat(qs).filteredOn(q -> q.getValue() == 100).singleElement()
                .satisfies(q -> assertThat(q.getBound()).isEqualTo(QuantityBound.QUANTITY_BOUND_AT_LEAST));
    }

    @Test
    void everyQuantityOfTheTextIsListedClaimOrNot() {
        String text = "With 310 pound-feet of torque at 4200 rpm.";

        assertThat(quantities(text)).extracting(Quantity::getValue).containsExactly(310.0, 4200.0);
        assertThat(quantities(text)).allSatisfy(q -> assertThat(text.substring(q.getSpan().getStart(), q.getSpan().getEnd()))
                .isEqualTo(q.getText()));
    }

    private static Quantity only(String text) {
        List<Quantity> qs = quantities(text);
        assertThat(qs).as("quantities of: %s", text).hasSize(1);
        return qs.get(0);
    }
}
