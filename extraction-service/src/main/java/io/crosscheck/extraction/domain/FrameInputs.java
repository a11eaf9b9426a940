package io.crosscheck.extraction.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the frame rules read besides a figure's parse: entities, times, sources, the other figures, the publish date. */
final class FrameInputs {
    final AnalyzedText text;
    final EntityIndex entities;
    final FrameTimes times;
    final FrameSources sources;
    /** The publish date, or null when the caller has none: then rules that compare with it stay silent. */
    final LocalDate published;
    private final Map<Long, FigureSite> figures = new HashMap<>();

    FrameInputs(AnalyzedText text, EntityIndex entities, FrameTimes times, FrameSources sources, LocalDate published) {
        this.text = text;
        this.entities = entities;
        this.times = times;
        this.sources = sources;
        this.published = published;
    }

    /** Makes a figure findable by its anchor and its nominal ("61%, compared with 55%" joins two figures). */
    void register(FigureSite f) {
        figures.putIfAbsent(key(f.parse, f.anchor), f);
        figures.putIfAbsent(key(f.parse, f.nominal), f);
    }

    /** The figure whose anchor or nominal is this token, or null. */
    FigureSite figureAt(ParsedSentence p, int token) {
        return figures.get(key(p, token));
    }

    private static long key(ParsedSentence p, int token) {
        return ((long) p.sentence.index() << 32) | token;
    }
}
