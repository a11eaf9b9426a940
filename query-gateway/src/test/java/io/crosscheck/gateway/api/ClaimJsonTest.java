package io.crosscheck.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.EventRelation;
import io.crosscheck.common.v1.FigureEvent;
import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.FigureScope;
import io.crosscheck.common.v1.Measure;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityChange;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import io.crosscheck.common.v1.ScopeKind;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST shape of a quantity, as clients read it: every typed field and the frame, null where the proto has none. */
class ClaimJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }

    /** "up to $48.2 million in Harrow County by Thursday, the survey said, more than the 1985 quake's" — every part set. */
    private static Quantity full() {
        FigureFrame frame = FigureFrame.newBuilder()
                .setMeasure(Measure.newBuilder().setKey("damage").setText("damages").setSpan(span(0, 7)))
                .setScope(FigureScope.newBuilder().setText("in Harrow County").setSpan(span(30, 44)).setKind(ScopeKind.SCOPE_KIND_PLACE)
                        .setCanonicalName("Harrow County"))
                .setTime(TimeExpression.newBuilder().setText("by Thursday").setSpan(span(45, 56)).setValue("2025-07-10")
                        .setGranularity(TimeGranularity.TIME_GRANULARITY_DAY))
                .setSource(Speaker.newBuilder().setText("the survey").setSpan(span(58, 66)).setCanonicalName("Survey")
                        .setType(EntityType.ENTITY_TYPE_ORGANIZATION).setNamed(true))
                .setEvent(FigureEvent.newBuilder().setText("the 1985 quake").setSpan(span(87, 101))
                        .setRelation(EventRelation.EVENT_RELATION_EARLIER_EVENT))
                .build();
        return Quantity.newBuilder().setValue(4.82e7).setValueTo(5e7).setForm(QuantityForm.QUANTITY_FORM_RANGE).setUnit("US dollar")
                .setQualifier("up to").setText("$48.2 million").setSpan(span(14, 27)).setUnitText("$")
                .setKind(QuantityKind.QUANTITY_KIND_MONEY).setBound(QuantityBound.QUANTITY_BOUND_AT_MOST)
                .setChange(QuantityChange.QUANTITY_CHANGE_UP_BY).setScale(1e6).setCurrency("USD").setBaseValue(4.82e7)
                .setBaseValueTo(5e7).setBaseUnit("USD").setFrame(frame).build();
    }

    private static JsonNode json(Object view) {
        return JSON.valueToTree(view);
    }

    @Test
    void everyTypedFieldOfAQuantityIsAnswered() {
        JsonNode q = json(ClaimJson.quantity(full()));

        assertThat(q.get("value").asDouble()).isEqualTo(4.82e7);
        assertThat(q.get("valueTo").asDouble()).isEqualTo(5e7);
        assertThat(q.get("form").asText()).isEqualTo("range");
        assertThat(q.get("unit").asText()).isEqualTo("US dollar");
        assertThat(q.get("qualifier").asText()).isEqualTo("up to");
        assertThat(q.get("text").asText()).isEqualTo("$48.2 million");
        assertThat(q.get("start").asInt()).isEqualTo(14);
        assertThat(q.get("end").asInt()).isEqualTo(27);
        assertThat(q.get("unitText").asText()).isEqualTo("$");
        assertThat(q.get("kind").asText()).isEqualTo("money");
        assertThat(q.get("bound").asText()).isEqualTo("at_most");
        assertThat(q.get("change").asText()).isEqualTo("up_by");
        assertThat(q.get("scale").asDouble()).isEqualTo(1e6);
        assertThat(q.get("currency").asText()).isEqualTo("USD");
        assertThat(q.get("baseValue").asDouble()).isEqualTo(4.82e7);
        assertThat(q.get("baseValueTo").asDouble()).isEqualTo(5e7);
        assertThat(q.get("baseUnit").asText()).isEqualTo("USD");
    }

    @Test
    void theFrameCarriesEachPartWithItsSpan() {
        JsonNode frame = json(ClaimJson.quantity(full())).get("frame");

        assertThat(frame.get("measure")).isEqualTo(JSON.createObjectNode().put("key", "damage").put("text", "damages")
                .put("start", 0).put("end", 7));
        assertThat(frame.get("scope")).isEqualTo(JSON.createObjectNode().put("text", "in Harrow County").put("start", 30)
                .put("end", 44).put("kind", "place").put("canonical", "Harrow County"));
        assertThat(frame.get("time")).isEqualTo(JSON.createObjectNode().put("text", "by Thursday").put("start", 45)
                .put("end", 56).put("value", "2025-07-10").put("granularity", "day"));
        assertThat(frame.get("source")).isEqualTo(JSON.createObjectNode().put("text", "the survey").put("start", 58)
                .put("end", 66).put("canonical", "Survey").put("type", "organization").put("sieve", "")
                .put("named", true));
        assertThat(frame.get("event")).isEqualTo(JSON.createObjectNode().put("text", "the 1985 quake").put("start", 87)
                .put("end", 101).put("relation", "earlier_event"));
    }

    @Test
    void whatTheProtoLeavesUnsetIsNull() {
        Quantity count = Quantity.newBuilder().setValue(7).setForm(QuantityForm.QUANTITY_FORM_SINGLE).setCounted("people")
                .setText("seven").setSpan(span(3, 8)).setKind(QuantityKind.QUANTITY_KIND_COUNT).build();
        JsonNode q = json(ClaimJson.quantity(count));

        for (String field : List.of("valueTo", "scale", "baseValue", "baseValueTo", "frame")) {
            assertThat(q.has(field)).as(field).isTrue();
            assertThat(q.get(field).isNull()).as(field).isTrue();
        }
        assertThat(q.get("kind").asText()).isEqualTo("count");
        assertThat(q.get("bound").asText()).isEqualTo("unspecified");
        assertThat(q.get("change").asText()).isEqualTo("unspecified");
        assertThat(q.get("unit").asText()).isEmpty();
        assertThat(q.get("unitText").asText()).isEmpty();
        assertThat(q.get("currency").asText()).isEmpty();
        assertThat(q.get("baseUnit").asText()).isEmpty();
        assertThat(q.get("counted").asText()).isEqualTo("people");
    }

    @Test
    void aFrameWithoutPartsIsNullAndAMissingPartIsNull() {
        Quantity empty = Quantity.newBuilder().setValue(1).setFrame(FigureFrame.getDefaultInstance()).build();
        assertThat(json(ClaimJson.quantity(empty)).get("frame").isNull()).isTrue();

        Quantity measured = Quantity.newBuilder().setValue(6.8).setKind(QuantityKind.QUANTITY_KIND_SCALE_VALUE)
                .setFrame(FigureFrame.newBuilder().setMeasure(Measure.newBuilder().setKey("magnitude").setText("magnitude")
                        .setSpan(span(0, 9))))
                .build();
        JsonNode frame = json(ClaimJson.quantity(measured)).get("frame");
        assertThat(frame.get("measure").get("key").asText()).isEqualTo("magnitude");
        for (String part : List.of("scope", "time", "source", "event")) {
            assertThat(frame.has(part)).as(part).isTrue();
            assertThat(frame.get(part).isNull()).as(part).isTrue();
        }
    }

    @Test
    void aClaimAnswersItsQuantitiesInTheSameShape() {
        Claim claim = Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText("Damages reached up to $48.2 million.")
                .setSpan(span(0, 36)).addQuantities(full()).build();
        JsonNode view = json(ClaimJson.claim(claim, "a1", "Wire"));

        assertThat(view.get("quantities").get(0)).isEqualTo(json(ClaimJson.quantity(full())));
        assertThat(view.get("quantities").get(0).get("frame").get("scope").get("canonical").asText()).isEqualTo("Harrow County");
    }

    @Test
    void aSpeakerAnswersTheSieveThatChoseItAndWhetherItIsNamed() {
        Claim claim = Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE).setText("We will rebuild by June.")
                .setSpan(span(1, 25)).setSpeaker(Speaker.newBuilder().setText("Mayor Ilse Maren").setSpan(span(28, 44))
                        .setCanonicalName("Ilse Maren").setType(EntityType.ENTITY_TYPE_PERSON).setSieve("reporting-verb-in-parse")
                        .setNamed(true))
                .build();

        JsonNode speaker = json(ClaimJson.claim(claim, "a1", "Wire")).get("speaker");

        assertThat(speaker).isEqualTo(JSON.createObjectNode().put("text", "Mayor Ilse Maren").put("start", 28).put("end", 44)
                .put("canonical", "Ilse Maren").put("type", "person").put("sieve", "reporting-verb-in-parse")
                .put("named", true));
    }

    @Test
    void extractAnswersEveryQuantityOfTheTextBesidesTheClaims() {
        Quantity inClaim = full();
        Quantity outside = Quantity.newBuilder().setValue(30).setUnit("percent").setText("30%").setSpan(span(120, 123))
                .setKind(QuantityKind.QUANTITY_KIND_PERCENT).setBound(QuantityBound.QUANTITY_BOUND_EXACT).build();
        ClaimSet set = ClaimSet.newBuilder().setExtractorVersion("test-2")
                .addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setSpan(span(0, 36)).addQuantities(inClaim))
                .addQuantities(inClaim).addQuantities(outside).build();
        JsonNode answer = json(ExtractResource.answer(ExtractClaimsResponse.newBuilder().setClaimSet(set).build()));

        assertThat(answer.get("quantities")).hasSize(2);
        assertThat(answer.get("quantities").get(0)).isEqualTo(answer.get("claims").get(0).get("quantities").get(0));
        assertThat(answer.get("quantities").get(1).get("kind").asText()).isEqualTo("percent");
        assertThat(answer.get("quantities").get(1).get("bound").asText()).isEqualTo("exact");
        assertThat(answer.get("claims")).hasSize(1);
        assertThat(answer.get("entities")).isEmpty();
        assertThat(answer.get("extractorVersion").asText()).isEqualTo("test-2");
    }
}
