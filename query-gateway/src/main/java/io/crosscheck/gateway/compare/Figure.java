package io.crosscheck.gateway.compare;

import java.util.Set;

/**
 * A number a claim reports, with what it counts, read generally: the extractor's counted noun plus the content words
 * around the number in its clause ("killing at least six people" counts {kill, people}).
 *
 * @param low lowest value the figure allows (its bound read: "at least 6" allows 6 to infinity), in unit
 * @param high highest value the figure allows, in unit
 * @param point the value it states (the new value of a change), in unit
 * @param unit what values of one fact share: "" for counts, a currency code, "percent", "percentage points", a
 *             measure's base unit ("m"), else the unit's name; with " rise" or " fall" for the size of a change
 * @param label the value as answers show it ("at least 6 people")
 * @param thing content keys of the counted noun and the clause words around the number
 * @param context every content key of the sentence with its nearness to the number (1 for the counted noun, falling
 *                with distance and with each clause boundary crossed)
 * @param counted content keys of the counted noun alone
 * @param about the words around the number as written ("killing at least six people")
 * @param version whether the words around it mark an earlier or a later version of the thing
 * @param frame what the extractor's figure frame says of it: measure, scope, event, source, time, precision
 */
record Figure(Statement statement, Mention mention, double low, double high, double point, String unit, String label,
        Set<String> thing, java.util.Map<String, Double> context, Set<String> counted, String about, Version version,
        Frame frame) {

    enum Version { NONE, EARLIER, LATER }

    /**
     * The figure's frame as comparison uses it; every text part is "" when the frame lacks it.
     *
     * @param measure the measure key ("death toll", "person kill")
     * @param scope the scope's canonical name, lower case ("harrow county", "statewide")
     * @param event how the event the figure belongs to stands to the article's own (UNSPECIFIED: its own)
     * @param source the canonical name of the source the figure is attributed to
     * @param time the resolved value of the time the figure holds at ("2031-05-11")
     * @param published when the article was published, or null
     * @param halfStep half the step of the value's last written digit, in the figure's unit: "46.7" has 0.05,
     *                 "1.6 miles" about 80 m, "12" 0.5 (what rounding to the written value allows)
     * @param currency the ISO code of money, else ""
     * @param roundHalfStep half the step a round number may have been rounded to: "200" may stand for anything
     *                      from 150 to 250 (half of 100), "260" from 255 to 265; for a number without trailing
     *                      zeros, or with decimals, the same as halfStep
     * @param physical whether the value is a physical measure given in its base unit (a length in m, a temperature
     *                 in K), as opposed to a count, money or a share
     */
    record Frame(String measure, String scope, io.crosscheck.common.v1.EventRelation event, String source, String time,
            java.time.Instant published, double halfStep, double roundHalfStep, String currency, boolean physical) {

        static final Frame NONE = new Frame("", "", io.crosscheck.common.v1.EventRelation.EVENT_RELATION_UNSPECIFIED, "", "",
                null, 0, 0, "", false);

        boolean otherEvent() {
            return event != io.crosscheck.common.v1.EventRelation.EVENT_RELATION_UNSPECIFIED;
        }
    }

    /** How the figure bounds its value: 0 exact, 1 a lower bound, 2 an upper bound, 3 an approximation or range. */
    int bound() {
        if (low == high) {
            return 0;
        }
        if (high == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return low == Double.NEGATIVE_INFINITY ? 2 : 3;
    }

    boolean sameValue(Figure other) {
        return sameValue(point, other.point);
    }

    /** Equal up to the rounding of parsed decimals ("0.3" read twice, "300 billion" as 3e11). */
    static boolean sameValue(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
