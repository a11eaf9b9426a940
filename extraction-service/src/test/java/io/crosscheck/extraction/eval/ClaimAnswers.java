package io.crosscheck.extraction.eval;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Claims in the REST answer shape of POST /api/v1/extract, for the shared scorer. */
final class ClaimAnswers {
    private ClaimAnswers() {
    }

    private static String lower(String enumName, String prefix) {
        return enumName.replace(prefix, "").toLowerCase(Locale.ROOT);
    }

    /** @param attributionsOnly leave statements out: the scorer counts every claim as a predicted attribution */
    static Map<String, Object> answer(ClaimSet set, boolean attributionsOnly) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim c : set.getClaimsList()) {
            if (attributionsOnly && c.getKind() == ClaimKind.CLAIM_KIND_STATEMENT) {
                continue;
            }
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("kind", c.getKind().name().replace("CLAIM_KIND_", "").toLowerCase(Locale.ROOT));
            claim.put("text", c.getText());
            claim.put("start", c.getSpan().getStart());
            claim.put("end", c.getSpan().getEnd());
            if (c.hasSpeaker()) {
                Map<String, Object> speaker = new LinkedHashMap<>();
                speaker.put("text", c.getSpeaker().getText());
                speaker.put("start", c.getSpeaker().getSpan().getStart());
                speaker.put("end", c.getSpeaker().getSpan().getEnd());
                speaker.put("canonical", c.getSpeaker().getCanonicalName());
                speaker.put("type", lower(c.getSpeaker().getType().name(), "ENTITY_TYPE_"));
                speaker.put("sieve", c.getSpeaker().getSieve());
                speaker.put("named", c.getSpeaker().getNamed());
                claim.put("speaker", speaker);
            } else {
                claim.put("speaker", null);
            }
            if (c.hasCue()) {
                claim.put("cue", Map.of("text", c.getCue().getText(), "start", c.getCue().getSpan().getStart(),
                        "end", c.getCue().getSpan().getEnd()));
            } else {
                claim.put("cue", null);
            }
            List<Map<String, Object>> quantities = new ArrayList<>();
            c.getQuantitiesList().forEach(q -> quantities.add(Map.of("value", q.getValue(), "unit", q.getUnit(), "qualifier",
                    q.getQualifier(), "text", q.getText(), "start", q.getSpan().getStart(), "end", q.getSpan().getEnd())));
            claim.put("quantities", quantities);
            List<Map<String, Object>> times = new ArrayList<>();
            c.getTimesList().forEach(t -> times.add(Map.of("text", t.getText(), "start", t.getSpan().getStart(), "end",
                    t.getSpan().getEnd(), "value", t.getValue(), "granularity", lower(t.getGranularity().name(), "TIME_GRANULARITY_"))));
            claim.put("times", times);
            claim.put("attribution", c.getAttribution().name().replace("ATTRIBUTION_LEVEL_", "").toLowerCase(Locale.ROOT));
            claim.put("checkWorthiness", c.getCheckWorthiness());
            claims.add(claim);
        }
        Map<String, Object> answer = new LinkedHashMap<>(); // fixed key order: reruns write identical files
        answer.put("claims", claims);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (var e : set.getEntitiesList()) {
            List<Map<String, Object>> mentions = new ArrayList<>();
            e.getMentionsList().forEach(m -> mentions.add(Map.of("start", m.getStart(), "end", m.getEnd())));
            entities.add(Map.of("canonical", e.getCanonicalName(), "type", lower(e.getType().name(), "ENTITY_TYPE_"),
                    "mentions", mentions));
        }
        answer.put("entities", entities);
        answer.put("extractorVersion", set.getExtractorVersion());
        return answer;
    }
}
