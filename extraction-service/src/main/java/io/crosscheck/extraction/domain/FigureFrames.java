package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.FigureEvent;
import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.FigureScope;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each quantity's figure frame — what a reader needs to compare it with another outlet's figure: what it
 * measures ({@link MeasureReader}), the place or group it is limited to ({@link ScopeReader}), the time it holds
 * at ({@link FrameTimeReader}), whose word it is ({@link SourceReader}) and the other event it belongs to, if
 * any ({@link EventReader}). Each part is an ordered chain of small rules; the first that answers decides, and
 * {@link #read} records which one, so an evaluation can score the rules one by one.
 *
 * <p>Rules look only at the figure's local parse neighbourhood (its phrase, the heads up to its clause and
 * their children near it); times and claims are indexed by offset once per text. A text with thousands of
 * figures costs about linear time. Quantities are read only through their span, value, counted noun, unit and
 * kind, so any quantity reader can feed it.
 */
public final class FigureFrames {
    /** The part names {@link Framed#rules()} records decisions under. */
    public static final String MEASURE = "measure";
    public static final String SCOPE = "scope";
    public static final String TIME = "time";
    public static final String SOURCE = "source";
    public static final String EVENT = "event";

    private final FrameRule.Chain<MeasureReader.Found> measure;
    private final FrameRule.Chain<FigureScope> scope;
    private final FrameRule.Chain<TimeExpression> time;
    private final FrameRule.Chain<Speaker> source;
    private final FrameRule.Chain<FigureEvent> event;

    /** The default rule chains, word lists loaded once per process. */
    public FigureFrames() {
        this(MeasureReader.rules(), ScopeReader.rules(), FrameTimeReader.rules(), SourceReader.rules(), EventReader.rules());
    }

    /** Chains of one's own choosing and order (an evaluation may drop or reorder rules). */
    FigureFrames(List<FrameRule<MeasureReader.Found>> measure, List<FrameRule<FigureScope>> scope,
            List<FrameRule<TimeExpression>> time, List<FrameRule<Speaker>> source, List<FrameRule<FigureEvent>> event) {
        this.measure = new FrameRule.Chain<>(measure);
        this.scope = new FrameRule.Chain<>(scope);
        this.time = new FrameRule.Chain<>(time);
        this.source = new FrameRule.Chain<>(source);
        this.event = new FrameRule.Chain<>(event);
    }

    /** A framed quantity and, per part read, the rule that decided it. */
    public record Framed(Quantity quantity, Map<String, String> rules) {
    }

    /**
     * The same quantities in the same order, each with its frame set; parts that cannot be read stay unset.
     * Without a publish date, a year is earlier than the article's own only where the text compares.
     */
    public List<Quantity> frame(AnalyzedText text, List<Quantity> quantities, List<TimeExpression> times,
            List<Claim.Builder> claims, EntityIndex entities) {
        return frame(text, quantities, times, claims, entities, null);
    }

    /** As {@link #frame(AnalyzedText, List, List, List, EntityIndex)}, with the publish date years compare with. */
    public List<Quantity> frame(AnalyzedText text, List<Quantity> quantities, List<TimeExpression> times,
            List<Claim.Builder> claims, EntityIndex entities, LocalDate published) {
        return read(text, quantities, times, claims, entities, published).stream().map(Framed::quantity).toList();
    }

    /** The framed quantities with the deciding rule of each part. */
    public List<Framed> read(AnalyzedText text, List<Quantity> quantities, List<TimeExpression> times,
            List<Claim.Builder> claims, EntityIndex entities, LocalDate published) {
        ParsedSentence[] parsed = new ParsedSentence[text.sentences().size()];
        List<List<NamedMention>> mentions = mentionsBySentence(text);
        java.util.function.IntFunction<ParsedSentence> parseAt = offset -> {
            int s = sentenceAt(text.sentences(), offset);
            if (s < 0) {
                return null;
            }
            if (parsed[s] == null) {
                parsed[s] = new ParsedSentence(text.sentences().get(s), mentions.get(s));
            }
            return parsed[s];
        };
        FrameInputs in = new FrameInputs(text, entities, new FrameTimes(times, parseAt), new FrameSources(quantities, claims),
                published);
        FigureSite[] sites = new FigureSite[quantities.size()];
        for (int i = 0; i < sites.length; i++) {
            Quantity q = quantities.get(i);
            ParsedSentence p = parseAt.apply(q.getSpan().getStart());
            sites[i] = p == null ? null : FigureSite.locate(i, q, p);
            if (sites[i] != null) {
                in.register(sites[i]);
            }
        }
        List<Framed> out = new ArrayList<>(quantities.size());
        for (int i = 0; i < sites.length; i++) {
            Map<String, String> rules = new LinkedHashMap<>();
            FigureFrame.Builder frame = FigureFrame.newBuilder();
            FigureSite f = sites[i];
            if (f != null) {
                FrameRule.Decision<MeasureReader.Found> m = measure.decide(f, in);
                if (m != null) {
                    frame.setMeasure(m.value().measure());
                    f.measureHead = m.value().head();
                    rules.put(MEASURE, m.rule());
                }
                FrameRule.Decision<FigureScope> sc = scope.decide(f, in);
                if (sc != null) {
                    frame.setScope(sc.value());
                    rules.put(SCOPE, sc.rule());
                }
                FrameRule.Decision<TimeExpression> t = time.decide(f, in);
                if (t != null) {
                    frame.setTime(t.value());
                    rules.put(TIME, t.rule());
                }
                FrameRule.Decision<FigureEvent> e = event.decide(f, in);
                if (e != null) {
                    frame.setEvent(e.value());
                    rules.put(EVENT, e.rule());
                }
            }
            FrameRule.Decision<Speaker> so = f != null ? source.decide(f, in) : null;
            if (so != null) {
                frame.setSource(so.value());
                rules.put(SOURCE, so.rule());
            }
            out.add(new Framed(quantities.get(i).toBuilder().setFrame(frame).build(), Map.copyOf(rules)));
        }
        return out;
    }

    /** The mentions of each sentence, in one pass over the text's mentions. */
    private static List<List<NamedMention>> mentionsBySentence(AnalyzedText text) {
        List<List<NamedMention>> out = new ArrayList<>(text.sentences().size());
        for (int i = 0; i < text.sentences().size(); i++) {
            out.add(new ArrayList<>());
        }
        for (NamedMention m : text.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < out.size()) {
                out.get(m.sentence()).add(m);
            }
        }
        return out;
    }

    /** Index of the sentence holding the offset (binary search on sentence starts), or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int s = low - 1;
        return s >= 0 && sentences.get(s).contains(offset) ? s : -1;
    }
}
