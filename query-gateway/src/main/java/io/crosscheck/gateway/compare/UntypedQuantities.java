package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityKind;

import java.util.Locale;
import java.util.Set;

/**
 * Types a quantity from an extractor that predates the typed fields (its kind is unset): unit "" was a count,
 * "percent" a percentage ("percentage points" when the counted words say points), anything else a currency code; the
 * qualifier words give the bound. Only for the transition: once every stored claim comes from an extractor that sets
 * kind, delete this class and its one call.
 */
final class UntypedQuantities {
    /** Qualifiers of the old extractor that make a number a lower or an upper bound. */
    private static final Set<String> LOWER_BOUND = Set.of("at least", "more than", "over", "above", "upwards of",
            "in excess of", "no fewer than", "no less than", "exceeding", "beyond", "a minimum of", "minimum");
    private static final Set<String> UPPER_BOUND = Set.of("at most", "up to", "fewer than", "less than", "under", "below",
            "no more than", "as many as", "as much as", "a maximum of", "maximum", "not more than");
    private static final Set<String> NEARLY = Set.of("nearly", "almost", "just under", "just below");

    private UntypedQuantities() {
    }

    /** The quantity itself when the extractor typed it; else a copy with kind, currency and bound read from old fields. */
    static Quantity typed(Quantity q) {
        if (q.getKind() != QuantityKind.QUANTITY_KIND_UNSPECIFIED) {
            return q;
        }
        Quantity.Builder typed = q.toBuilder().setBound(bound(q.getQualifier()));
        String unit = q.getUnit();
        if (unit.isEmpty()) {
            typed.setKind(QuantityKind.QUANTITY_KIND_COUNT);
        } else if (unit.equals("percent")) {
            typed.setKind(q.getCounted().toLowerCase(Locale.ROOT).contains("point")
                    ? QuantityKind.QUANTITY_KIND_PERCENTAGE_POINT : QuantityKind.QUANTITY_KIND_PERCENT);
        } else {
            typed.setKind(QuantityKind.QUANTITY_KIND_MONEY).setCurrency(unit);
        }
        return typed.build();
    }

    /** The old extractor's qualifier words as a bound; words it did not list were approximations ("about", "some"). */
    static QuantityBound bound(String qualifier) {
        String words = qualifier.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return QuantityBound.QUANTITY_BOUND_EXACT;
        }
        if (NEARLY.contains(words)) {
            return QuantityBound.QUANTITY_BOUND_NEARLY;
        }
        boolean strict = words.startsWith("more") || words.startsWith("over") || words.startsWith("above")
                || words.startsWith("exceed") || words.startsWith("fewer") || words.startsWith("less")
                || words.startsWith("under") || words.startsWith("below");
        if (LOWER_BOUND.contains(words)) {
            return strict ? QuantityBound.QUANTITY_BOUND_MORE_THAN : QuantityBound.QUANTITY_BOUND_AT_LEAST;
        }
        if (UPPER_BOUND.contains(words)) {
            return strict ? QuantityBound.QUANTITY_BOUND_LESS_THAN : QuantityBound.QUANTITY_BOUND_AT_MOST;
        }
        return QuantityBound.QUANTITY_BOUND_APPROXIMATE;
    }
}
