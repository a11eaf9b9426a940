package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.ArrayList;
import java.util.List;


/**
 * Several people speaking as one: "owners Lena Varga and Piotr Halas said", "Both Varga and Halas
 * have said", "His defence attorneys, Ana Ruiz and Tomas Brenner, have said". The phrase's head and the
 * heads joined to it by "and" each resolve as one speaker; together they are one speaker whose canonical name
 * joins theirs ("Lena Varga and Piotr Halas") and which, as a group, is who a later "they" stands for.
 */
final class CoordinatedSpeakers {
    private final SpeakerContext context;
    /** Set while the parts resolve, so that each part is read alone. */
    private boolean resolvingParts;

    CoordinatedSpeakers(SpeakerContext context) {
        this.context = context;
    }

    /** The speaker of the coordination headed by token i (or by its apposition), or null when it joins nothing. */
    Speaker joined(Sentence s, int i) {
        if (resolvingParts) {
            return null;
        }
        int head = i;
        List<Token> joined = conjuncts(s, head);
        if (joined.isEmpty() && context.mentionAt(s, i) == null) {
            // "owners, Lena Varga and Piotr Halas"; not "Dr. Ana Ruiz, a family doctor and researcher"
            for (Token appos : s.children(i, "appos")) {
                if (!conjuncts(s, appos.index()).isEmpty()) {
                    head = appos.index(); // "owners, Lena Varga and Piotr Halas"
                    joined = conjuncts(s, head);
                    break;
                }
            }
        }
        if (joined.isEmpty()) {
            return null;
        }
        List<Speaker> parts = new ArrayList<>();
        resolvingParts = true;
        try {
            parts.add(context.speakerAt(s, head));
            for (Token t : joined) {
                parts.add(context.speakerAt(s, t.index()));
            }
        } finally {
            resolvingParts = false;
        }
        if (!actor(s, head) || joined.stream().anyMatch(t -> !actor(s, t.index()))
                || parts.stream().anyMatch(p -> p == null || p.getType() == EntityType.ENTITY_TYPE_LOCATION)) {
            // "the U.S. and North Korea": places; "director of systems change and stroke", "full text and list":
            // things; a part that names nobody leaves the reading alone
            return null;
        }
        int start = Math.min(s.tokens().get(s.subtreeFirst(i)).start(), parts.get(0).getSpan().getStart());
        int end = Math.max(s.tokens().get(joined.get(joined.size() - 1).index()).end(), parts.get(parts.size() - 1).getSpan().getEnd());
        List<String> names = parts.stream().map(Speaker::getCanonicalName).distinct().toList();
        if (names.size() < 2) {
            return null;
        }
        String canonical = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        // Named when every one of them is: "owners Lena Varga and Piotr Halas", not "Varga and the lawyers".
        return context.speaker(context.text().text().substring(start, end), start, end, canonical, EntityType.ENTITY_TYPE_ORGANIZATION)
                .toBuilder().setNamed(parts.stream().allMatch(Speaker::getNamed)).build();
    }

    /** A name of a person or organisation, or a noun for people ("lawyers", "experts", "owners"). */
    private boolean actor(Sentence s, int i) {
        var m = context.mentionAt(s, i);
        var type = m == null ? null : context.entities().typeOf(m);
        if (type != null) {
            return type == EntityType.ENTITY_TYPE_PERSON || type == EntityType.ENTITY_TYPE_ORGANIZATION;
        }
        Token t = s.tokens().get(i);
        return WordLists.ANIMATE.contains(t.lower()) || WordLists.ANIMATE.contains(t.lowerLemma())
                || SpeakerWords.PEOPLE_NOUNS.contains(t.lowerLemma()) || SpeakerWords.ACTOR_NOUNS.contains(t.lowerLemma());
    }

    /** The nouns joined to the head by "and" ("Varga and Halas", "lawyers and experts"), in order. */
    private static List<Token> conjuncts(Sentence s, int head) {
        Token h = s.tokens().get(head);
        if (!h.isNoun()) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        boolean and = false;
        for (Token c : s.children(head, "conj")) {
            for (Token cc : s.children(c.index(), "cc")) {
                if (!cc.lower().equals("and")) {
                    return List.of(); // "Maren or Brask": one of them, not both
                }
                and = true;
            }
            if (c.isNoun() && c.index() > head) {
                out.add(c);
            }
        }
        return and ? out : List.of();
    }
}
