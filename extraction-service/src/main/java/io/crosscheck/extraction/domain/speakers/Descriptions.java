package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * A common-noun phrase that stands for someone the article named, read in order:
 * <ol>
 *   <li>a capitalised noun alone that is the surname of someone named ("Church said" after "Rosa Church"): them;</li>
 *   <li>a name right after its head ("the British aid group Harrowfield said"): that name;</li>
 *   <li>a document with an owner ("a statement from the council", "the Harbour Board statement", "the union's release"):
 *       the owner; a message without one ("A statement said …"), the last actor of the sentence before;</li>
 *   <li>a definite singular description ("the coach", "the rookie defenceman", "the company"): the entity
 *       the {@link MentionRegister} has with that head noun; else, for a noun of organisations or places
 *       (speakers/group-nouns.txt), the nearest one of that kind acting or named; else, for a noun of people
 *       (CoreNLP's animate nouns) or an age ("the 26-year-old right wing"), the person acting last.</li>
 * </ol>
 * Null when none applies: the phrase then speaks as written.
 */
final class Descriptions {
    /** Noun lemma → NER types it can stand for (speakers/group-nouns.txt). */
    private static final Map<String, Set<String>> GROUP_NOUNS = WordLists.tabbed("speakers/group-nouns.txt");
    /** How many sentences back an organisation or place named but not acting may be for "the company". */
    private static final int MAX_SENTENCES_BACK = 8;

    private final SpeakerContext context;
    private final MentionRegister register;

    Descriptions(SpeakerContext context, MentionRegister register) {
        this.context = context;
        this.register = register;
    }

    /** The speaker the phrase from token first to its head token stands for, or null. */
    Speaker described(Sentence s, int first, int head, String mention, int start, int end) {
        Token h = s.tokens().get(head);
        if (first == head && Character.isUpperCase(h.text().charAt(0)) && context.entities().knowsPerson(h.text())) {
            // "Church said …" after "Rosa Church": a surname NER left untagged because it is also a common word
            String person = context.entities().canonicalOfName(h.text(), EntityType.ENTITY_TYPE_PERSON);
            return context.speaker(mention, start, end, person, EntityType.ENTITY_TYPE_PERSON);
        }
        Speaker named = nameAfter(s, head, mention, start);
        if (named != null) {
            return named;
        }
        if (SpeakerWords.SOURCE_NOUNS.contains(h.lowerLemma()) || SpeakerWords.MESSAGE_NOUNS.contains(h.lowerLemma())) {
            Speaker owner = owner(s, head, mention, start, end);
            return owner != null || !SpeakerWords.MESSAGE_NOUNS.contains(h.lowerLemma()) ? owner : author(s, mention, start, end);
        }
        if (!s.tokens().get(first).lower().equals("the") || !h.pos().equals("NN")) {
            return null; // "a Ukrainian official", "civil rights activists": nobody in particular
        }
        Set<String> modifiers = EntityIndex.roleModifiers(s, first, head);
        MentionRegister.Entry entry = register.described(h.lowerLemma(), modifiers, start);
        if (entry != null) {
            return context.speaker(mention, start, end, entry.canonical(), entry.type());
        }
        Set<String> kinds = GROUP_NOUNS.get(h.lowerLemma());
        if (kinds != null) {
            NamedMention last = lastNamedAs(kinds, h.lowerLemma(), start);
            last = last != null ? last : lastOfKind(kinds, start, s.index());
            if (last == null || !fitsNounModifiers(s, head, context.entities().canonical(last))) {
                return null; // nobody of that kind, or "the paramedics union" is not the health agency named last
            }
            return context.speaker(mention, start, end, context.entities().canonical(last), EntityIndex.typeOf(last.type()));
        }
        if (WordLists.ANIMATE.contains(h.lower()) || hasAge(s, first, head)) {
            // "“…,” said Ilse Maren. “…,” said the union president": a description right after a quote is someone else.
            // (The second part of a split quote asks about the same phrase again: that is no one else.)
            Speaker lastQuoted = s.index() - context.lastQuoteSentence() <= 2 ? context.lastQuoteSpeaker() : null;
            lastQuoted = lastQuoted != null && lastQuoted.getSpan().getStart() == start ? null : lastQuoted;
            String previous = lastQuoted == null ? "" : lastQuoted.getCanonicalName();
            String person = context.salience().person(start, null, p -> !context.entities().holdsOtherRole(p, h.lowerLemma(), modifiers)
                    && !register.describedOtherwise(p, h.lowerLemma(), start) && !p.equals(previous));
            return person == null ? null : context.speaker(mention, start, end, person, EntityType.ENTITY_TYPE_PERSON);
        }
        return null;
    }

    /**
     * Whether a name fits the nouns that narrow a description down: "the city council" fits "Surrey City Council", "the
     * paramedics union" does not fit "Emergency Health Services". A description without such nouns fits any name.
     */
    private static boolean fitsNounModifiers(Sentence s, int head, String name) {
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        boolean narrowed = false;
        for (Token modifier : s.children(head, "compound")) {
            if (!modifier.isNoun() || modifier.index() > head) {
                continue;
            }
            narrowed = true;
            String lemma = modifier.lowerLemma();
            String stem = lemma.length() > 4 ? lemma.substring(0, lemma.length() - 1) : lemma; // "teachers" fits "Teacher's"
            if (lowerName.contains(stem)) {
                return true;
            }
        }
        return !narrowed;
    }

    /** "The British aid group Harrowfield": a proper noun in apposition right after the head names it. */
    private Speaker nameAfter(Sentence s, int head, String mention, int start) {
        int next = head + 1;
        if (next >= s.tokens().size()) {
            return null;
        }
        Token t = s.tokens().get(next);
        if (!t.pos().startsWith("NNP") || t.head() != head || !(t.dep().equals("appos") || t.dep().equals("dep"))) {
            return null;
        }
        NamedMention m = context.mentionAt(s, next);
        int last = m != null ? m.endToken() - 1 : next;
        Token end = s.tokens().get(last);
        EntityType type = m != null && context.entities().typeOf(m) != null ? context.entities().typeOf(m)
                : GROUP_NOUNS.containsKey(s.tokens().get(head).lowerLemma()) ? EntityType.ENTITY_TYPE_ORGANIZATION
                : EntityType.ENTITY_TYPE_PERSON;
        String name = m != null ? context.entities().canonical(m) : t.text();
        return context.speaker(context.text().text().substring(start, end.end()), start, end.end(), name, type);
    }

    /**
     * "The aid group Harrowfield said its director was killed. A statement said …": a message without an owner is the
     * last actor's of the sentence before or of its own sentence up to it; or null when nobody acted there.
     */
    private Speaker author(Sentence s, String mention, int start, int end) {
        int from = s.index() > 0 ? context.text().sentences().get(s.index() - 1).start() : s.start();
        ActorMemory.Actor author = context.actors().lastBetween(from, start);
        return author == null ? null : context.speaker(mention, start, end, author.canonical(), author.type());
    }

    /** "a statement from the council", "the Harbour Board statement", "the union's release": who the document is of. */
    private Speaker owner(Sentence s, int head, String mention, int start, int end) {
        for (Token child : s.tokens()) {
            if (child.head() != head || child.index() == head) {
                continue;
            }
            boolean from = child.dep().startsWith("nmod") && !child.dep().equals("nmod:poss")
                    && s.children(child.index(), "case").stream().anyMatch(c -> c.lower().equals("from") || c.lower().equals("by"));
            boolean modifier = child.dep().equals("compound") || child.dep().equals("nmod:poss");
            if (!from && !modifier) {
                continue;
            }
            Speaker owner = child.pos().startsWith("PRP") ? null : context.speakerAt(s, child.index());
            if (owner != null && owner.getType() != EntityType.ENTITY_TYPE_UNSPECIFIED
                    && (context.mentionAt(s, child.index()) != null || !owner.getCanonicalName().equals(owner.getText()))) {
                return context.speaker(mention, start, end, owner.getCanonicalName(), owner.getType());
            }
        }
        return null;
    }

    /**
     * The last name of the kinds before the offset that holds the description's own noun, anywhere before it: "the
     * diocese" is the "Roman Catholic Diocese of Covington" named paragraphs up, not the school named since. Or null.
     */
    private NamedMention lastNamedAs(Set<String> kinds, String noun, int before) {
        return lastMention(kinds, before, m -> java.util.Arrays.stream(m.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(noun::equals));
    }

    /** The organisation or place of one of the NER kinds named last within a few sentences; or null. */
    private NamedMention lastOfKind(Set<String> kinds, int before, int sentence) {
        return lastMention(kinds, before, m -> sentence - m.sentence() <= MAX_SENTENCES_BACK);
    }

    /** The last mention of the kinds before the offset, outside quotes, that the test allows; or null. */
    private NamedMention lastMention(Set<String> kinds, int before, java.util.function.Predicate<NamedMention> allowed) {
        NamedMention last = null;
        for (NamedMention m : context.text().mentions()) {
            if (m.start() >= before) {
                break;
            }
            if (kinds.contains(m.type()) && allowed.test(m)
                    && !context.insideAnyQuote(context.text().sentences().get(m.sentence()).tokens().get(m.firstToken()))) {
                last = m;
            }
        }
        return last;
    }

    /** "the 26-year-old right wing": an age among the modifiers makes the phrase a person. */
    private static boolean hasAge(Sentence s, int first, int head) {
        List<Token> tokens = s.tokens();
        for (int i = first; i < head; i++) {
            if (tokens.get(i).lower().matches("\\d+-year-old|\\w+-year-old")) {
                return true;
            }
        }
        return false;
    }
}
