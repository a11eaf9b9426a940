package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Who has been acting in the article so far: subjects of main clauses and speakers of claims, in
 * text order. Pronouns ("he said") and definite roles ("the president added") resolve to the most
 * recent fitting actor. Names inside quotes or subordinate clauses never become actors: "Halvorsen
 * suggested Brask, who advised…, might take part. He said…" is Halvorsen speaking.
 */
public final class ActorMemory {
    record Actor(int offset, String canonical, EntityType type) {
    }

    private final List<Actor> actors = new ArrayList<>();

    /** Words that open a description or stand for someone, never a name: grammar, a closed class. */
    private static final java.util.regex.Pattern UNNAMED = java.util.regex.Pattern.compile(
            "(?i:the|a|an|this|that|these|those|one|some|any|another|other|each|every|both|all|many|several|his|her|its"
            + "|their|our|my|your|he|she|it|they|i|we|you|him|them|us|me)\\b.*|\\p{Ll}.*");

    public void add(int offset, String canonical, EntityType type) {
        // "the post", "one submission", an unresolved "he": a person nobody named is no antecedent for a pronoun.
        boolean unnamedPerson = type == EntityType.ENTITY_TYPE_PERSON && canonical != null && UNNAMED.matcher(canonical).matches();
        if (canonical != null && !canonical.isBlank() && !unnamedPerson) {
            actors.add(new Actor(offset, canonical, type));
        }
    }

    /** The most recent person acting before the offset, or null. */
    String lastPerson(int before) {
        return last(before, EntityType.ENTITY_TYPE_PERSON, null);
    }

    /** The most recent organisation or place acting before the offset ("it", "they" for a government), or null. */
    String lastGroup(int before) {
        String org = last(before, EntityType.ENTITY_TYPE_ORGANIZATION, null);
        return org != null ? org : last(before, EntityType.ENTITY_TYPE_LOCATION, null);
    }

    /** The most recent person before the offset whom the filter does not rule out, or null. */
    String lastPerson(int before, java.util.function.Predicate<String> allowed) {
        return last(before, EntityType.ENTITY_TYPE_PERSON, allowed);
    }

    /** Each person acting before the offset, in text order: offset and canonical name. */
    void persons(int before, java.util.function.ObjIntConsumer<String> each) {
        for (Actor a : actors) {
            if (a.offset() < before && a.type() == EntityType.ENTITY_TYPE_PERSON) {
                each.accept(a.canonical(), a.offset());
            }
        }
    }

    /** The last actor at or after offset from and before offset before, of any kind; or null. */
    Actor lastBetween(int from, int before) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (a.offset() < before) {
                return a.offset() >= from ? a : null;
            }
        }
        return null;
    }

    private String last(int before, EntityType type, java.util.function.Predicate<String> allowed) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (a.offset() < before && a.type() == type && (allowed == null || allowed.test(a.canonical()))) {
                return a.canonical();
            }
        }
        return null;
    }
}
