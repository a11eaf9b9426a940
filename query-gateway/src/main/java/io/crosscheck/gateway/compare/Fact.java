package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures several articles give for one thing, split into sides by the value each states.
 */
final class Fact {
    /** Figures of one value given with one kind of bound; its interval is what all its members allow. */
    record ValueSide(String label, double low, double high, double point, List<Figure> figures,
            Set<Figure.Version> versions, Set<String> articleIds) {

        boolean compatibleWith(ValueSide other) {
            return low <= other.high + 1e-9 * Math.max(1, Math.abs(other.high))
                    && other.low <= high + 1e-9 * Math.max(1, Math.abs(high));
        }
    }

    private final List<Figure> figures;
    private final List<ValueSide> sides;

    Fact(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        this.sides = sides(figures);
    }

    List<Figure> figures() {
        return figures;
    }

    List<ValueSide> sides() {
        return sides;
    }

    /** Sides of one value merged whatever their bound: the figures that corroborate one another. */
    List<ValueSide> agreeingSides() {
        List<List<Figure>> byValue = new ArrayList<>();
        for (ValueSide s : sides) {
            List<Figure> same = byValue.stream().filter(g -> g.get(0).sameValue(s.figures().get(0))).findFirst().orElse(null);
            if (same == null) {
                byValue.add(new ArrayList<>(s.figures()));
            } else {
                same.addAll(s.figures());
            }
        }
        return byValue.stream().map(Fact::side).toList();
    }

    Set<String> articleIds() {
        Set<String> ids = new LinkedHashSet<>();
        figures.forEach(f -> ids.add(f.statement().articleId()));
        return ids;
    }

    Set<String> thing() {
        Set<String> thing = new HashSet<>();
        figures.forEach(f -> thing.addAll(f.thing()));
        return thing;
    }

    /** The words around the number of the figure whose value most articles give. */
    String about() {
        return sides.get(0).figures().get(0).about();
    }

    /**
     * Whether two values are explained as different things rather than a disagreement: one article gives both for
     * the same kind of thing (so to that outlet they are two versions or two subjects: "the 12-point plan" and "the
     * 20-point plan"), or the words around them mark one as an earlier and the other as a later version ("the
     * original 12-point plan", "the revised 9-point plan").
     *
     * @param figuresByArticle every figure of the comparison by article id, not only this fact's
     */
    static boolean explained(ValueSide a, ValueSide b, Map<String, List<Figure>> figuresByArticle) {
        for (Map.Entry<String, List<Figure>> e : figuresByArticle.entrySet()) {
            if (gives(e.getValue(), a) && gives(e.getValue(), b)) {
                return true;
            }
        }
        return a.versions().contains(Figure.Version.EARLIER) && b.versions().contains(Figure.Version.LATER)
                || a.versions().contains(Figure.Version.LATER) && b.versions().contains(Figure.Version.EARLIER);
    }

    /** Whether an article's figures include the side's value for the same kind of counted thing. */
    private static boolean gives(List<Figure> figures, ValueSide side) {
        Set<String> counted = new HashSet<>();
        side.figures().forEach(f -> counted.addAll(f.counted()));
        for (Figure f : figures) {
            if (Figure.sameValue(side.point(), f.point())
                    && (counted.isEmpty() || f.counted().stream().anyMatch(counted::contains))) {
                return true;
            }
        }
        return false;
    }

    private static ValueSide side(List<Figure> g) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        Map<String, Integer> labels = new HashMap<>();
        Set<Figure.Version> versions = EnumSet.noneOf(Figure.Version.class);
        Set<String> articles = new LinkedHashSet<>();
        for (Figure f : g) {
            low = Math.max(low, f.low());
            high = Math.min(high, f.high());
            labels.merge(f.label(), 1, Integer::sum);
            versions.add(f.version());
            articles.add(f.statement().articleId());
        }
        if (low > high) {
            low = g.get(0).point();
            high = low;
        }
        String label = g.stream().map(Figure::label).max(Comparator.comparingInt(labels::get)).orElseThrow();
        return new ValueSide(label, low, high, g.get(0).point(), List.copyOf(g), versions, articles);
    }

    private static List<ValueSide> sides(List<Figure> figures) {
        List<List<Figure>> byValue = new ArrayList<>();
        for (Figure f : figures) {
            // "12" and "at least 12" are two sides: they agree, but a reader should see who hedged.
            List<Figure> same = byValue.stream().filter(g -> g.get(0).sameValue(f) && g.get(0).bound() == f.bound())
                    .findFirst().orElse(null);
            if (same == null) {
                same = new ArrayList<>();
                byValue.add(same);
            }
            same.add(f);
        }
        List<ValueSide> out = new ArrayList<>();
        for (List<Figure> g : byValue) {
            out.add(side(g));
        }
        out.sort(Comparator.comparingInt((ValueSide s) -> -s.articleIds().size()));
        return List.copyOf(out);
    }
}
