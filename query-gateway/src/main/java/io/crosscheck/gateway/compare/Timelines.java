package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline of a fact: the values its articles give, in publish-time order (the frame's own time breaking ties),
 * when they give more than one value. Only figures the opposition rules let stand beside the fact's most reported
 * value are drawn: a county's count or last year's figure is another line, not a point of this one.
 */
final class Timelines {
    private Timelines() {
    }

    /** The fact's timeline, or null when its articles give one value (within precision) or one article gives all. */
    static Comparison.Timeline of(Fact fact) {
        Figure reference = fact.sides().get(0).figures().get(0);
        List<Figure> points = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        for (Figure f : fact.figures()) {
            if (f == reference || FigureConflicts.opposable(reference, f)) {
                points.add(f);
                articles.add(f.statement().articleId());
            }
        }
        if (articles.size() < 2 || !severalValues(points)) {
            return null;
        }
        points.sort(Comparator.comparing((Figure f) -> f.frame().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(f -> f.frame().time()));
        List<Comparison.TimelinePoint> out = new ArrayList<>();
        for (Figure f : points) {
            Instant published = f.frame().published();
            out.add(new Comparison.TimelinePoint(f.statement().articleId(), f.mention().outlet(), published, f.label(),
                    f.point(), f.frame().source().isEmpty() ? null : f.frame().source(),
                    f.frame().time().isEmpty() ? null : f.frame().time(), f.mention()));
        }
        return new Comparison.Timeline(fact.about(), reference.unit(), List.copyOf(out));
    }

    private static boolean severalValues(List<Figure> figures) {
        for (Figure f : figures) {
            for (Figure g : figures) {
                if (!PrecisionRule.agree(f, g)) {
                    return true;
                }
            }
        }
        return false;
    }
}
