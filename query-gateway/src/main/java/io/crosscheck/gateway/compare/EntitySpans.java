package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where an article names entities, so that their words are keyed as names. */
final class EntitySpans implements Tokenizer.NameSpans {
    private record Named(int start, int end) {
    }

    private final List<Named> spans;

    private EntitySpans(List<Named> spans) {
        this.spans = spans;
    }

    static EntitySpans of(ClaimSet claims, int textLength) {
        List<Named> spans = new ArrayList<>();
        for (Entity e : claims.getEntitiesList()) {
            for (Span s : e.getMentionsList()) {
                if (s.getStart() >= 0 && s.getEnd() > s.getStart() && s.getEnd() <= textLength) {
                    spans.add(new Named(s.getStart(), s.getEnd()));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Named::start));
        return new EntitySpans(spans);
    }

    @Override
    public boolean covers(int start, int end) {
        return find(start, end) != null;
    }

    /** The span holding [start, end): the last one starting at or before start, or one just before it. */
    private Named find(int start, int end) {
        int lo = 0;
        int hi = spans.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= start) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = at; i >= 0 && i >= at - 3; i--) {
            Named n = spans.get(i);
            if (n.start() <= start && n.end() >= end) {
                return n;
            }
        }
        return null;
    }
}
