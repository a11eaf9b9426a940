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

/** Numbers as the extractor reports them on its claims: value, unit, currency, qualifier and bound, what is counted, form. */
class QuantityReaderTest {

    @Test
    void spelledOutCount() {
        String text = "Seven people were injured when the old bridge in Eastbrook collapsed.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(7);
        assertThat(q.getUnit()).isEmpty();
        assertThat(q.getCounted()).isEqualTo("people");
        assertThat(q.getQualifier()).isEmpty();
        assertThat(q.getForm()).isEqualTo(QuantityForm.QUANTITY_FORM_SINGLE);
        assertThat(q.hasValueTo()).isFalse();
        assertThat(at(text, q)).isEqualTo("Seven");
    }

    @Test
    void moneyWithScaleWordAndQualifier() {
        String text = "The new harbour will cost roughly $300 billion over the next decade.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(3e11);
        assertThat(q.getCurrency()).isEqualTo("USD");
        assertThat(q.getUnit()).isEqualTo("US Dollar");
        assertThat(q.getKind()).isEqualTo(QuantityKind.QUANTITY_KIND_MONEY);
        assertThat(q.getScale()).isEqualTo(1e9);
        assertThat(q.getQualifier()).isEqualTo("roughly");
        assertThat(q.getBound()).isEqualTo(QuantityBound.QUANTITY_BOUND_APPROXIMATE);
        assertThat(at(text, q)).isEqualTo("$300 billion");
    }

    @Test
    void exactMoneyHasNoQualifier() {
        Quantity q = only("The new harbour will cost $300 billion over the next decade.");

        assertThat(q.getValue()).isEqualTo(3e11);
        assertThat(q.getQualifier()).isEmpty();
    }

    @Test
    void otherCurrencies() {
        assertThat(only("The town paid €25 million for the new ferries last year.").getCurrency()).isEqualTo("EUR");
        assertThat(only("The town paid £25 million for the new ferries last year.").getCurrency()).isEqualTo("GBP");
        assertThat(only("The town paid 25 million Australian dollars for the ferries.").getCurrency()).isEqualTo("AUD");
        assertThat(only("The town paid 4 million Danish crowns for the ferries.").getCurrency()).isEqualTo("DKK");
    }

    @Test
    void atLeast() {
        String text = "The storm killed at least six people in the harbour district on Monday.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(6);
        assertThat(q.getQualifier()).isEqualTo("at least");
        assertThat(q.getCounted()).isEqualTo("people");
    }

    @Test
    void percent() {
        String text = "Unemployment in the harbour district rose to 30% after the bridge collapsed.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(30);
        assertThat(q.getUnit()).isEqualTo("percentage");
        assertThat(q.getKind()).isEqualTo(QuantityKind.QUANTITY_KIND_PERCENT);
        assertThat(q.getChange()).isEqualTo(QuantityChange.QUANTITY_CHANGE_LEVEL);
        assertThat(at(text, q)).isEqualTo("30%");
    }

    @Test
    void hyphenatedCountModifiesItsNoun() {
        String text = "The council presented a 28-point plan for the harbour district on Friday.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(28);
        assertThat(q.getCounted()).contains("point");
        assertThat(at(text, q)).startsWith("28-point");
    }

    @Test
    void digitsWithThousandsSeparators() {
        Quantity q = only("The festival in Eastbrook drew 5,000 visitors on Saturday.");

        assertThat(q.getValue()).isEqualTo(5000);
        assertThat(q.getCounted()).isEqualTo("visitors");
    }

    @Test
    void fromToIsAChange() {
        String text = "The army of Valdoria will grow from 600,000 to 800,000 soldiers under the new law.";

        Quantity q = only(text);

        assertThat(q.getForm()).isEqualTo(QuantityForm.QUANTITY_FORM_CHANGE);
        assertThat(q.getValue()).isEqualTo(600_000);
        assertThat(q.getValueTo()).isEqualTo(800_000);
        assertThat(q.getCounted()).isEqualTo("soldiers");
    }

    @Test
    void fromToIsReadWithoutFailingAndKeepsItsFirstValue() {
        // What the extractor answers today for a change (see fromToIsAChange): one quantity over the whole phrase.
        String text = "The army of Valdoria will grow from 600,000 to 800,000 soldiers under the new law.";

        Quantity q = only(text);

        assertThat(q.getValue()).isEqualTo(600_000);
        assertThat(at(text, q)).contains("600,000");
    }

    @Test
    void spansOfAllQuantitiesMatchTheirText() {
        String text = "About 40 ferries, up to 1,200 passengers, nearly 12% of the fleet and €3.5 million were affected.";

        List<Quantity> qs = quantities(text);

        assertThat(qs).hasSizeGreaterThanOrEqualTo(3).allSatisfy(q -> assertThat(at(text, q)).isEqualTo(q.getText()));
    }

    private static Quantity only(String text) {
        List<Quantity> qs = quantities(text);
        assertThat(qs).as("quantities of \"%s\"", text).hasSize(1);
        return qs.get(0);
    }

    @Test
    void aMonthAndDayUsedAsANameIsNoQuantity() {
        String text = "Families of 9/11 victims asked the council for three more hearings.";

        List<Quantity> found = quantities(text);

        assertThat(found).extracting(q -> at(text, q)).containsExactly("three");
    }

    @Test
    void aProperFractionStaysAQuantity() {
        String text = "The council approved 3/4 of the harbour budget.";

        assertThat(quantities(text)).extracting(q -> at(text, q)).contains("3/4");
    }

    private static String at(String text, Quantity q) {
        return text.substring(q.getSpan().getStart(), q.getSpan().getEnd());
    }
}
