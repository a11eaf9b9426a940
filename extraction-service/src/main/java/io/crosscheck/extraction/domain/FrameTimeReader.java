package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.TimeExpression;

import java.util.List;

/**
 * The time a figure holds at: a resolved time expression hanging on the figure's own words or verb ("the death
 * toll had risen to 25 by Thursday night", "stood at 14 as of Monday"), else one in the figure's clause.
 * A time of the reporting clause ("…, the agency said on Wednesday") is when it was said, not when the
 * figure held, and lies in another clause. The expression is copied whole, resolved value included.
 */
final class FrameTimeReader {
    private FrameTimeReader() {
    }

    static List<FrameRule<TimeExpression>> rules() {
        return List.of(new AttachedToFigure(), new InFigureClause());
    }

    /** A time whose head hangs on the figure, its measure or a head between it and its clause head: the nearest. */
    static final class AttachedToFigure implements FrameRule<TimeExpression> {
        @Override
        public TimeExpression read(FigureSite f, FrameInputs in) {
            return in.times.attached(f);
        }
    }

    /**
     * A time standing deeper in the figure's clause ("rose to 25 in the week to Thursday"): the nearest, unless it
     * hangs through another figure's words ("61%, up from 55% in last year's vote").
     */
    static final class InFigureClause implements FrameRule<TimeExpression> {
        @Override
        public TimeExpression read(FigureSite f, FrameInputs in) {
            return in.times.inClause(f.parse, f.clause, f, in);
        }
    }
}
