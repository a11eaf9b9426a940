package io.crosscheck.extraction;

import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityMention;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.extraction.domain.ClaimExtractor;
import org.assertj.core.api.SoftAssertions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provenance promise of the design: every span of a claim set indexes into the submitted text,
 * and every part that carries its own text ("said", "Mayor Ilse Maren", "$300 billion") is exactly
 * what the text holds at its span.
 */
public final class ClaimAssertions {
    private ClaimAssertions() {
    }

    public static void assertTraceable(String text, ClaimSet set) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(set.getExtractorVersion()).isEqualTo(ClaimExtractor.VERSION);
        for (Claim c : set.getClaimsList()) {
            String where = c.getKind() + " \"" + abbreviate(c.getText()) + "\"";
            soft.assertThat(c.getKind()).as(where).isNotEqualTo(ClaimKind.CLAIM_KIND_UNSPECIFIED);
            soft.assertThat(c.getAttribution()).as(where).isNotEqualTo(AttributionLevel.ATTRIBUTION_LEVEL_UNSPECIFIED);
            soft.assertThat(c.getCheckWorthiness()).as(where + " check-worthiness").isBetween(0.0, 1.0);
            if (!inside(soft, text, c.getSpan(), where + " span") || !inside(soft, text, c.getSentenceSpan(), where + " sentence")) {
                continue;
            }
            soft.assertThat(at(text, c.getSpan())).as(where + " text at its span").isEqualTo(c.getText());
            soft.assertThat(c.getSpan().getStart()).as(where + " starts in its sentence")
                    .isBetween(c.getSentenceSpan().getStart(), c.getSentenceSpan().getEnd());
            if (c.hasSpeaker() && inside(soft, text, c.getSpeaker().getSpan(), where + " speaker")) {
                soft.assertThat(at(text, c.getSpeaker().getSpan())).as(where + " speaker at its span")
                        .isEqualTo(c.getSpeaker().getText());
                soft.assertThat(c.getSpeaker().getCanonicalName()).as(where + " speaker canonical").isNotBlank();
            }
            if (c.hasCue() && inside(soft, text, c.getCue().getSpan(), where + " cue")) {
                soft.assertThat(at(text, c.getCue().getSpan())).as(where + " cue at its span").isEqualTo(c.getCue().getText());
            }
            for (Quantity q : c.getQuantitiesList()) {
                if (inside(soft, text, q.getSpan(), where + " quantity")) {
                    soft.assertThat(at(text, q.getSpan())).as(where + " quantity at its span").isEqualTo(q.getText());
                    soft.assertThat(within(q.getSpan(), c.getSpan())).as(where + " quantity inside the claim").isTrue();
                }
            }
            for (TimeExpression t : c.getTimesList()) {
                if (inside(soft, text, t.getSpan(), where + " time")) {
                    soft.assertThat(at(text, t.getSpan())).as(where + " time at its span").isEqualTo(t.getText());
                    soft.assertThat(within(t.getSpan(), c.getSentenceSpan())).as(where + " time inside the sentence").isTrue();
                }
            }
            for (EntityMention e : c.getEntitiesList()) {
                if (inside(soft, text, e.getSpan(), where + " entity " + e.getCanonicalName())) {
                    soft.assertThat(within(e.getSpan(), c.getSpan())).as(where + " entity inside the claim").isTrue();
                    soft.assertThat(e.getCanonicalName()).as(where + " entity canonical").isNotBlank();
                }
            }
        }
        for (Entity e : set.getEntitiesList()) {
            soft.assertThat(e.getCanonicalName()).as("entity canonical name").isNotBlank();
            soft.assertThat(e.getMentionsList()).as("mentions of " + e.getCanonicalName()).isNotEmpty();
            for (Span s : e.getMentionsList()) {
                inside(soft, text, s, "mention of " + e.getCanonicalName());
            }
        }
        soft.assertAll();
    }

    /** The claims of the set whose content starts with the prefix. */
    public static List<Claim> claimsStartingWith(ClaimSet set, String prefix) {
        return set.getClaimsList().stream().filter(c -> c.getText().startsWith(prefix)).toList();
    }

    /** The one claim whose content starts with the prefix. */
    public static Claim claimStartingWith(ClaimSet set, String prefix) {
        List<Claim> found = claimsStartingWith(set, prefix);
        assertThat(found).as("claims starting with \"%s\" among %s", prefix, texts(set)).hasSize(1);
        return found.get(0);
    }

    public static List<String> texts(ClaimSet set) {
        return set.getClaimsList().stream().map(c -> c.getKind() + ": " + c.getText()).toList();
    }

    public static String at(String text, Span span) {
        return text.substring(span.getStart(), span.getEnd());
    }

    private static boolean inside(SoftAssertions soft, String text, Span span, String what) {
        boolean ok = span.getStart() >= 0 && span.getStart() <= span.getEnd() && span.getEnd() <= text.length();
        soft.assertThat(ok).as("%s [%d,%d) lies inside the text of %d chars", what, span.getStart(), span.getEnd(),
                text.length()).isTrue();
        return ok;
    }

    private static boolean within(Span inner, Span outer) {
        return inner.getStart() >= outer.getStart() && inner.getEnd() <= outer.getEnd();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
