package io.crosscheck.gateway.compare;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A figure that changes over time is a timeline, not a contradiction: its values are a discrepancy shown in time
 * order. Two readings make one:
 * <ul>
 * <li>the frames give each value the time it holds at and the times differ ("by Tuesday, 12" and "by Wednesday
 * night, 15"), whatever the measure;</li>
 * <li>the figure counts something that moves while a story unfolds (the dead, the missing, the evacuated: the data
 * file's [moving-measure-words]) and one value stands in earlier articles, the other in later ones, at least the
 * data file's timeline-min-gap-minutes apart.</li>
 * </ul>
 * Two reports of the same moment (the same resolved time) that disagree are no timeline: the next rule decides.
 */
final class TimelineRule implements SideRule {
    private final Set<String> moving;
    private final Duration minGap;

    TimelineRule(FrameWords words) {
        this.moving = words.keys("moving-measure-words");
        this.minGap = words.minutes("timeline-min-gap-minutes");
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Verdict decide(Pair pair) {
        boolean allTimed = true;
        for (Figure[] p : pair.opposed()) {
            String a = p[0].frame().time();
            String b = p[1].frame().time();
            if (!a.isEmpty() && a.equals(b)) {
                return null;
            }
            allTimed &= !a.isEmpty() && !b.isEmpty();
        }
        if (allTimed || (moves(pair) && apartInPublishTime(pair))) {
            return new Verdict(Outcome.DISCREPANCY, name(), true);
        }
        return null;
    }

    private boolean moves(Pair pair) {
        for (Figure[] p : pair.opposed()) {
            if (!moving(p[0]) && !moving(p[1])) {
                return false;
            }
        }
        return true;
    }

    boolean moving(Figure f) {
        Set<String> keys = new HashSet<>(f.thing());
        keys.addAll(f.counted());
        keys.addAll(OtherMeasureRule.keys(f.frame().measure()));
        return keys.stream().anyMatch(moving::contains);
    }

    /** Every opposed figure of one side was published before every one of the other, by the gap at least. */
    private boolean apartInPublishTime(Pair pair) {
        Instant aFirst = Instant.MAX;
        Instant aLast = Instant.MIN;
        Instant bFirst = Instant.MAX;
        Instant bLast = Instant.MIN;
        for (Figure[] p : pair.opposed()) {
            Instant a = p[0].frame().published();
            Instant b = p[1].frame().published();
            if (a == null || b == null) {
                return false;
            }
            aFirst = a.isBefore(aFirst) ? a : aFirst;
            aLast = a.isAfter(aLast) ? a : aLast;
            bFirst = b.isBefore(bFirst) ? b : bFirst;
            bLast = b.isAfter(bLast) ? b : bLast;
        }
        return !aLast.plus(minGap).isAfter(bFirst) || !bLast.plus(minGap).isAfter(aFirst);
    }
}
