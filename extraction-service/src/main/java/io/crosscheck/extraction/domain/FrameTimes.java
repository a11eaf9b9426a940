package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.TimeExpression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The resolved times of a text placed in the parse once: the token each hangs on ("by Thursday night" on
 * "risen") and the clause it stands in. A figure then finds its time by looking up the tokens of its own
 * neighbourhood, never by scanning the times of the text.
 */
final class FrameTimes {
    private final List<TimeExpression> sorted;
    private final int[] starts;
    private final Map<Long, List<Placed>> byAttachment = new HashMap<>();
    private final Map<Long, List<Placed>> byClause = new HashMap<>();

    /** A time with the tokens from its head up to its clause head (the words it hangs through). */
    private record Placed(TimeExpression time, ParsedSentence parse, List<Integer> climb) {
    }

    /** @param parseAt the parsed sentence holding a character offset, or null */
    FrameTimes(List<TimeExpression> times, IntFunction<ParsedSentence> parseAt) {
        sorted = times.stream().sorted((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart())).toList();
        starts = sorted.stream().mapToInt(t -> t.getSpan().getStart()).toArray();
        for (TimeExpression t : sorted) {
            ParsedSentence p = parseAt.apply(t.getSpan().getStart());
            if (p == null) {
                continue;
            }
            int head = head(p, t.getSpan().getStart(), t.getSpan().getEnd());
            if (head < 0) {
                continue;
            }
            List<Integer> climb = p.pathToClause(head);
            Placed placed = new Placed(t, p, climb);
            int attachedTo = p.head(head);
            if (attachedTo >= 0) {
                byAttachment.computeIfAbsent(key(p, attachedTo), k -> new ArrayList<>()).add(placed);
            }
            byClause.computeIfAbsent(key(p, climb.get(climb.size() - 1)), k -> new ArrayList<>()).add(placed);
        }
    }

    /** The token of the span whose head lies outside it ("night" of "by Thursday night"), or -1. */
    private static int head(ParsedSentence p, int start, int end) {
        int first = p.tokenAt(start);
        int fallback = -1;
        for (int i = first; i < p.size() && p.token(i).start() < end; i++) {
            int h = p.head(i);
            if (h < 0 || p.token(h).start() < start || p.token(h).start() >= end) {
                if (!p.token(i).pos().equals("IN")) {
                    return i;
                }
                fallback = i;
            }
        }
        return fallback;
    }

    private static long key(ParsedSentence p, int token) {
        return ((long) p.sentence.index() << 32) | token;
    }

    /** The time hanging on token of the sentence nearest the figure, not overlapping it; or null. */
    TimeExpression attachedTo(ParsedSentence p, int token, FigureSite f) {
        return nearest(byAttachment.get(key(p, token)), f, null);
    }

    /**
     * The time standing in the clause headed by token nearest the figure, not overlapping it, and not inside
     * another figure's phrase ("61%, up from 55% last year": "last year" is the 55%'s); or null.
     */
    TimeExpression inClause(ParsedSentence p, int token, FigureSite f, FrameInputs in) {
        return nearest(byClause.get(key(p, token)), f, in);
    }

    /** The time a figure's own words hang on: the first of its neighbourhood tokens that carries one. */
    TimeExpression attached(FigureSite f) {
        for (int node : f.nodes()) {
            TimeExpression t = attachedTo(f.parse, node, f);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static boolean throughOtherFigure(Placed placed, FigureSite f, FrameInputs in) {
        List<Integer> climb = placed.climb();
        for (int i = 0; i < climb.size() - 1; i++) {
            FigureSite other = in.figureAt(placed.parse(), climb.get(i));
            if (other != null && other != f) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time expression covers the offset ("in March" is a time, never a scope). */
    boolean covers(int offset) {
        int i = lastStartAtOrBefore(offset);
        return i >= 0 && offset < sorted.get(i).getSpan().getEnd();
    }

    private int lastStartAtOrBefore(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /**
     * Of times in text order, the one nearest the figure that does not overlap it, found by binary search
     * so that a clause with thousands of times costs no more than a short one.
     */
    private static TimeExpression nearest(List<Placed> times, FigureSite f, FrameInputs notThroughOthers) {
        if (times == null || times.isEmpty()) {
            return null;
        }
        int qStart = f.quantity.getSpan().getStart();
        int qEnd = f.quantity.getSpan().getEnd();
        int low = 0;
        int high = times.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times.get(mid).time().getSpan().getStart() < qStart) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        // The two neighbours either side of the figure's place, skipping one that overlaps it.
        for (int i = Math.max(0, low - 2); i < Math.min(times.size(), low + 2); i++) {
            TimeExpression t = times.get(i).time();
            int s = t.getSpan().getStart();
            int e = t.getSpan().getEnd();
            if (s < qEnd && qStart < e || notThroughOthers != null && throughOtherFigure(times.get(i), f, notThroughOthers)) {
                continue;
            }
            int distance = e <= qStart ? qStart - e : s - qEnd;
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }
}
