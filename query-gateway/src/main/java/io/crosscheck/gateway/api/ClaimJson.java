package io.crosscheck.gateway.api;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.FigureEvent;
import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.FigureScope;
import io.crosscheck.common.v1.Measure;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * The REST shape of claims and entities. Other systems read these names: keep them. start/end are
 * the content span, Java String indexes into the article's cleaned text (or the submitted text).
 */
public final class ClaimJson {
    private ClaimJson() {
    }

    public record SpanText(String text, int start, int end) {
    }

    /**
     * A speaker: the mention with its span, the canonical name it resolves to, its entity type, the
     * extractor's sieve that chose it (speakers/sieves.txt; "" when none did, as for older stored claims), and whether
     * extraction resolved it to a proper name (Speaker.named; false for roles and descriptions).
     */
    public record SpeakerView(String text, int start, int end, String canonical, String type,
            @Schema(description = "The extraction sieve that chose this speaker, as listed in extraction-service's "
                    + "speakers/sieves.txt (e.g. adjacent-introducer, reporting-verb-in-parse); \"\" when no sieve chose it.")
            String sieve,
            @Schema(description = "True when the speaker resolves to a proper name the article names (a person, "
                    + "organisation or place of its entities, also through a pronoun, role or apposition); false for roles "
                    + "and descriptions nobody is named for, unresolved pronouns, documents, and claims of extractors "
                    + "before news-0.12.0.")
            boolean named) {
    }

    /**
     * A quantity. unit is the canonical unit name ("US dollar", "percent", "" for a count), currency the ISO 4217 code
     * of money; kind, bound and change are lower-case enum names ("money", "at_least", "up_by"). The optional numbers
     * (valueTo, scale, baseValue, baseValueTo) are null when unset; frame is null when the extractor found no part of it.
     */
    public record QuantityView(double value, Double valueTo, String form, String unit, String qualifier, String counted,
            String text, int start, int end, String unitText, String kind, String bound, String change, Double scale,
            String currency, Double baseValue, Double baseValueTo, String baseUnit, FrameView frame) {
    }

    /** What a figure measures, where, as of when, on whose word, for which event; a part is null when not found. */
    public record FrameView(MeasureView measure, ScopeView scope, TimeView time, SpeakerView source, EventView event) {
    }

    public record MeasureView(String key, String text, int start, int end) {
    }

    public record ScopeView(String text, int start, int end, String kind, String canonical) {
    }

    public record EventView(String text, int start, int end, String relation) {
    }

    public record TimeView(String text, int start, int end, String value, String granularity) {
    }

    public record MentionView(int start, int end) {
    }

    public record EntityView(String canonical, String type, List<String> aliases, List<MentionView> mentions) {
    }

    /** A claim; articleId and outlet are set when it comes from a stored article. */
    public record ClaimView(String articleId, String outlet, String kind, String text, int start, int end,
            int sentenceStart, int sentenceEnd, SpeakerView speaker, SpanText cue, List<QuantityView> quantities,
            List<TimeView> times, String attribution, double checkWorthiness, List<MentionView> quotedWords) {
    }

    public static ClaimView claim(Claim c, String articleId, String outlet) {
        SpeakerView speaker = c.hasSpeaker() ? speaker(c.getSpeaker()) : null;
        SpanText cue = c.hasCue() ? new SpanText(c.getCue().getText(), c.getCue().getSpan().getStart(), c.getCue().getSpan().getEnd())
                : null;
        return new ClaimView(articleId, outlet, enumName(c.getKind().name(), "CLAIM_KIND_"), c.getText(), c.getSpan().getStart(),
                c.getSpan().getEnd(), c.getSentenceSpan().getStart(), c.getSentenceSpan().getEnd(), speaker, cue,
                c.getQuantitiesList().stream().map(ClaimJson::quantity).toList(),
                c.getTimesList().stream().map(ClaimJson::time).toList(),
                enumName(c.getAttribution().name(), "ATTRIBUTION_LEVEL_"), c.getCheckWorthiness(),
                c.getQuotedWordsList().stream().map(w -> new MentionView(w.getStart(), w.getEnd())).toList());
    }

    public static EntityView entity(Entity e) {
        return new EntityView(e.getCanonicalName(), enumName(e.getType().name(), "ENTITY_TYPE_"), e.getAliasesList(),
                e.getMentionsList().stream().map(m -> new MentionView(m.getStart(), m.getEnd())).toList());
    }

    public static QuantityView quantity(Quantity q) {
        return new QuantityView(q.getValue(), q.hasValueTo() ? q.getValueTo() : null, enumName(q.getForm().name(), "QUANTITY_FORM_"),
                q.getUnit(), q.getQualifier(), q.getCounted(), q.getText(), q.getSpan().getStart(), q.getSpan().getEnd(),
                q.getUnitText(), enumName(q.getKind().name(), "QUANTITY_KIND_"), enumName(q.getBound().name(), "QUANTITY_BOUND_"),
                enumName(q.getChange().name(), "QUANTITY_CHANGE_"), q.hasScale() ? q.getScale() : null, q.getCurrency(),
                q.hasBaseValue() ? q.getBaseValue() : null, q.hasBaseValueTo() ? q.getBaseValueTo() : null, q.getBaseUnit(),
                q.hasFrame() ? frame(q.getFrame()) : null);
    }

    /** The frame, or null when none of its parts is set. */
    private static FrameView frame(FigureFrame f) {
        if (!f.hasMeasure() && !f.hasScope() && !f.hasTime() && !f.hasSource() && !f.hasEvent()) {
            return null;
        }
        return new FrameView(f.hasMeasure() ? measure(f.getMeasure()) : null, f.hasScope() ? scope(f.getScope()) : null,
                f.hasTime() ? time(f.getTime()) : null, f.hasSource() ? speaker(f.getSource()) : null,
                f.hasEvent() ? event(f.getEvent()) : null);
    }

    private static MeasureView measure(Measure m) {
        return new MeasureView(m.getKey(), m.getText(), m.getSpan().getStart(), m.getSpan().getEnd());
    }

    private static ScopeView scope(FigureScope s) {
        return new ScopeView(s.getText(), s.getSpan().getStart(), s.getSpan().getEnd(), enumName(s.getKind().name(), "SCOPE_KIND_"),
                s.getCanonicalName());
    }

    private static EventView event(FigureEvent e) {
        return new EventView(e.getText(), e.getSpan().getStart(), e.getSpan().getEnd(),
                enumName(e.getRelation().name(), "EVENT_RELATION_"));
    }

    private static SpeakerView speaker(Speaker s) {
        return new SpeakerView(s.getText(), s.getSpan().getStart(), s.getSpan().getEnd(), s.getCanonicalName(),
                enumName(s.getType().name(), "ENTITY_TYPE_"), s.getSieve(), s.getNamed());
    }

    private static TimeView time(TimeExpression t) {
        return new TimeView(t.getText(), t.getSpan().getStart(), t.getSpan().getEnd(), t.getValue(),
                enumName(t.getGranularity().name(), "TIME_GRANULARITY_"));
    }

    /** CLAIM_KIND_DIRECT_QUOTE -> direct_quote. */
    static String enumName(String name, String prefix) {
        return name.startsWith(prefix) ? name.substring(prefix.length()).toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
