package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import io.crosscheck.common.v1.SentenceEmbedding;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a fictional article with the claims an extractor would give it, spans computed from the text: each claim
 * is named by its sentence (which must occur in the text once) and, for quotes and reported speech, by its content.
 */
final class StoryBuilder {
    private final String id;
    private final String outlet;
    private final Instant published;
    private final String text;
    private final Map<String, Claim.Builder> claims = new LinkedHashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private boolean embedded;
    private final List<String[]> clauses = new ArrayList<>();

    private StoryBuilder(String id, String outlet, String published, String text) {
        this.id = id;
        this.outlet = outlet;
        this.published = Instant.parse(published + "T09:00:00Z");
        this.text = text;
    }

    /** An article whose text is its sentences, one paragraph each. */
    static StoryBuilder article(String id, String outlet, String published, String... sentences) {
        return new StoryBuilder(id, outlet, published, String.join("\n\n", sentences));
    }

    /** The sentence as a statement claim. */
    StoryBuilder statement(String sentence) {
        claim(sentence, sentence, ClaimKind.CLAIM_KIND_STATEMENT, null);
        return this;
    }

    /** A direct quote inside a sentence, attributed to a speaker. */
    StoryBuilder quote(String sentence, String quoted, String speaker) {
        claim(sentence, quoted, ClaimKind.CLAIM_KIND_DIRECT_QUOTE, speaker);
        return this;
    }

    /** Reported speech inside a sentence, attributed to a speaker. */
    StoryBuilder reported(String sentence, String content, String speaker) {
        claim(sentence, content, ClaimKind.CLAIM_KIND_INDIRECT_QUOTE, speaker);
        return this;
    }

    /**
     * A count in the claim whose content holds it, typed as the extractor types it: its text as written, value, bound
     * words as written (the bound is their meaning) and counted noun.
     */
    StoryBuilder number(String content, String written, double value, String qualifier, String counted) {
        return quantity(content, written, Quantity.newBuilder().setValue(value).setForm(QuantityForm.QUANTITY_FORM_SINGLE)
                .setKind(QuantityKind.QUANTITY_KIND_COUNT).setQualifier(qualifier).setBound(bound(qualifier))
                .setCounted(counted));
    }

    /** An amount of money, exact: "3,000 euros" is money(content, "3,000 euros", 3000, "EUR", "euro", "euros"). */
    StoryBuilder money(String content, String written, double value, String currency, String unit, String unitText) {
        return quantity(content, written, Quantity.newBuilder().setValue(value).setForm(QuantityForm.QUANTITY_FORM_SINGLE)
                .setKind(QuantityKind.QUANTITY_KIND_MONEY).setCurrency(currency).setUnit(unit).setUnitText(unitText)
                .setBound(QuantityBound.QUANTITY_BOUND_EXACT));
    }

    /** Any quantity in the claim whose content holds it; its text and span come from where written stands. */
    StoryBuilder quantity(String content, String written, Quantity.Builder q) {
        Claim.Builder c = claims.get(content);
        if (c == null) {
            throw new IllegalArgumentException("no claim with content: " + content);
        }
        int start = at(written, c.getSpan().getStart());
        c.addQuantities(q.setText(written).setSpan(span(start, start + written.length())));
        return this;
    }

    /** Gives the quantity written so in the claim the figure frame the extractor would give it. */
    StoryBuilder frame(String content, String written, io.crosscheck.common.v1.FigureFrame frame) {
        Claim.Builder c = claims.get(content);
        if (c == null) {
            throw new IllegalArgumentException("no claim with content: " + content);
        }
        for (Quantity.Builder q : c.getQuantitiesBuilderList()) {
            if (q.getText().equals(written)) {
                q.setFrame(frame);
                return this;
            }
        }
        throw new IllegalArgumentException("no quantity '" + written + "' in: " + content);
    }

    /** The bound the extractor gives the qualifier words these stories use. */
    static QuantityBound bound(String qualifier) {
        return switch (qualifier) {
            case "" -> QuantityBound.QUANTITY_BOUND_EXACT;
            case "about", "roughly" -> QuantityBound.QUANTITY_BOUND_APPROXIMATE;
            case "at least" -> QuantityBound.QUANTITY_BOUND_AT_LEAST;
            case "more than", "over" -> QuantityBound.QUANTITY_BOUND_MORE_THAN;
            case "up to" -> QuantityBound.QUANTITY_BOUND_AT_MOST;
            case "fewer than", "under" -> QuantityBound.QUANTITY_BOUND_LESS_THAN;
            case "nearly", "almost" -> QuantityBound.QUANTITY_BOUND_NEARLY;
            default -> throw new IllegalArgumentException("no bound for '" + qualifier + "': add it here");
        };
    }

    /** An entity mentioned wherever one of its spellings occurs. */
    StoryBuilder entity(String canonical, EntityType type, String... spellings) {
        Entity.Builder e = Entity.newBuilder().setCanonicalName(canonical).setType(type);
        for (String spelling : spellings) {
            for (int i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
                e.addMentions(span(i, i + spelling.length()));
            }
            e.addAliases(spelling);
        }
        entities.add(e.build());
        return this;
    }

    /** Every claim sentence gets its embedding from the real model, as extraction stores it. */
    StoryBuilder embedded() {
        embedded = true;
        return this;
    }

    /**
     * One fact clause of an embedded sentence: from the first to the last word of written, embedded as asEmbedded
     * (its words with a borrowed subject, as extraction gives them).
     */
    StoryBuilder clause(String sentence, String written, String asEmbedded) {
        embedded = true;
        clauses.add(new String[] {sentence, written, asEmbedded});
        return this;
    }

    CoverageArticle build() {
        ClaimSet.Builder set = ClaimSet.newBuilder().setExtractorVersion("test-1").addAllEntities(entities);
        // As extraction marks them: a speaker is named when it resolves to an entity of the article.
        java.util.Set<String> names = new java.util.HashSet<>();
        entities.forEach(e -> names.add(e.getCanonicalName()));
        for (Claim.Builder c : claims.values()) {
            if (c.hasSpeaker()) {
                c.getSpeakerBuilder().setNamed(names.contains(c.getSpeaker().getCanonicalName()));
            }
        }
        claims.values().stream().sorted((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()))
                .forEach(c -> set.addClaims(c));
        if (embedded) {
            set.setEmbeddingModel(Embeddings.MODEL);
            for (Claim.Builder c : claims.values()) {
                Span s = c.getSentenceSpan();
                set.addSentenceEmbeddings(SentenceEmbedding.newBuilder().setSentenceSpan(s)
                        .setQuantized(Embeddings.quantized(text.substring(s.getStart(), s.getEnd()))));
            }
            for (String[] clause : clauses) {
                int s = at(clause[0], 0);
                int c = at(clause[1], s);
                set.addSentenceEmbeddings(SentenceEmbedding.newBuilder().setSentenceSpan(span(s, s + clause[0].length()))
                        .setClauseSpan(span(c, c + clause[1].length())).setClauseText(clause[2])
                        .setQuantized(Embeddings.quantized(clause[2])));
            }
        }
        return new CoverageArticle(id, outlet, "", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
                published, "hash-" + id, text, set.build());
    }

    private void claim(String sentence, String content, ClaimKind kind, String speaker) {
        int s = at(sentence, 0);
        int c = at(content, s);
        Claim.Builder claim = Claim.newBuilder().setKind(kind).setText(content).setSpan(span(c, c + content.length()))
                .setSentenceSpan(span(s, s + sentence.length()));
        if (speaker != null) {
            int mention = text.indexOf(speaker.substring(speaker.lastIndexOf(' ') + 1), s);
            claim.setSpeaker(Speaker.newBuilder().setCanonicalName(speaker).setText(speaker).setType(EntityType.ENTITY_TYPE_PERSON)
                    .setSpan(mention >= 0 ? span(mention, mention + 1) : span(s, s + 1)));
        }
        claims.put(content, claim);
    }

    private int at(String part, int from) {
        int i = text.indexOf(part, from);
        if (i < 0) {
            throw new IllegalArgumentException("not in the text: " + part);
        }
        return i;
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
