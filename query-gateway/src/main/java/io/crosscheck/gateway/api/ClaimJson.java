package io.crosscheck.gateway.api;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.TimeExpression;

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

    public record SpeakerView(String text, int start, int end, String canonical, String type) {
    }

    public record QuantityView(double value, Double valueTo, String form, String unit, String qualifier, String counted,
            String text, int start, int end) {
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
            List<TimeView> times, String attribution, double checkWorthiness) {
    }

    public static ClaimView claim(Claim c, String articleId, String outlet) {
        SpeakerView speaker = c.hasSpeaker() ? new SpeakerView(c.getSpeaker().getText(), c.getSpeaker().getSpan().getStart(),
                c.getSpeaker().getSpan().getEnd(), c.getSpeaker().getCanonicalName(), enumName(c.getSpeaker().getType().name(), "ENTITY_TYPE_"))
                : null;
        SpanText cue = c.hasCue() ? new SpanText(c.getCue().getText(), c.getCue().getSpan().getStart(), c.getCue().getSpan().getEnd())
                : null;
        return new ClaimView(articleId, outlet, enumName(c.getKind().name(), "CLAIM_KIND_"), c.getText(), c.getSpan().getStart(),
                c.getSpan().getEnd(), c.getSentenceSpan().getStart(), c.getSentenceSpan().getEnd(), speaker, cue,
                c.getQuantitiesList().stream().map(ClaimJson::quantity).toList(),
                c.getTimesList().stream().map(ClaimJson::time).toList(),
                enumName(c.getAttribution().name(), "ATTRIBUTION_LEVEL_"), c.getCheckWorthiness());
    }

    public static EntityView entity(Entity e) {
        return new EntityView(e.getCanonicalName(), enumName(e.getType().name(), "ENTITY_TYPE_"), e.getAliasesList(),
                e.getMentionsList().stream().map(m -> new MentionView(m.getStart(), m.getEnd())).toList());
    }

    private static QuantityView quantity(Quantity q) {
        return new QuantityView(q.getValue(), q.hasValueTo() ? q.getValueTo() : null, enumName(q.getForm().name(), "QUANTITY_FORM_"),
                q.getUnit(), q.getQualifier(), q.getCounted(), q.getText(), q.getSpan().getStart(), q.getSpan().getEnd());
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
