package io.crosscheck.gateway.compare;

/**
 * A figure of another event than the article's own (an earlier quake, last year's count, a forecast) is never set
 * against one of the article's own event, nor against one of another kind of other event: "last year's 12" and
 * "this year's 15" are two facts. Two figures of the same kind of other event may still disagree.
 */
final class OtherEventRule implements OppositionRule {
    @Override
    public String name() {
        return "other-event";
    }

    @Override
    public boolean apart(Figure f, Figure g) {
        return f.frame().event() != g.frame().event();
    }
}
