package io.crosscheck.gateway.compare;

import io.crosscheck.names.NameKey;

import java.util.HashSet;
import java.util.Set;

/**
 * Values attributed to different sources ("according to the state agency" against "the county sheriff said") are
 * a discrepancy between those sources, not outlets contradicting one another: each outlet reports its source
 * faithfully. Applies when every opposed pair names a source on both sides and no pair names the same one; the
 * conflict's sides then name their sources.
 */
final class SourceRule implements SideRule {
    @Override
    public String name() {
        return "source";
    }

    @Override
    public Verdict decide(Pair pair) {
        Set<String> seen = new HashSet<>();
        for (Figure[] p : pair.opposed()) {
            String a = p[0].frame().source();
            String b = p[1].frame().source();
            if (a.isEmpty() || b.isEmpty() || sameSource(a, b)) {
                return null;
            }
            seen.add(a);
        }
        return seen.isEmpty() ? null : verdict(Outcome.DISCREPANCY);
    }

    static boolean sameSource(String a, String b) {
        return a.equalsIgnoreCase(b) || NameKey.samePerson(a, b);
    }
}
