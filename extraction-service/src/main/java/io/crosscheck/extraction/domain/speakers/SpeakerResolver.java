package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the phrase a sieve points at into a speaker: names with their canonical name, pronouns and
 * definite leader roles resolved through {@link ActorMemory} and {@link PersonSalience}, other roles ("a Ukrainian official") kept
 * as written. Also tells which phrases can speak at all (actors) or state things (sources).
 */
final class SpeakerResolver {
    private final SpeakerContext context;

    SpeakerResolver(SpeakerContext context) {
        this.context = context;
    }

    /**
     * As {@link #speakerAt}, but a "they" or "it" nobody has been named for still speaks as itself: the
     * subject of a reporting verb is the speaker even when the article leaves it unresolved.
     */
    Speaker speakerOrPronoun(Sentence s, int i) {
        Speaker speaker = speakerAt(s, i);
        Token t = s.tokens().get(i);
        if (speaker == null && t.pos().startsWith("PRP") && SpeakerWords.GROUP_PRONOUNS.contains(t.lower())
                && !context.insideAnyQuote(t)) {
            return context.speaker(t.text(), t.start(), t.end(), t.text(), EntityType.ENTITY_TYPE_ORGANIZATION);
        }
        return speaker;
    }

    /** The speaker named by the phrase whose head is token i, or null when it names nobody (or stands in a quote). */
    Speaker speakerAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (context.insideAnyQuote(t)) {
            return null; // "“My hope,” he said, “is …”": words inside the quote never speak it
        }
        Speaker several = context.coordination().joined(s, i);
        if (several != null) {
            return several; // "owners Lena Varga and Piotr Halas"
        }
        Speaker named = named(context.mentionAt(s, i));
        if (named != null) {
            return named;
        }
        if (!SpeakerWords.ACTOR_NOUNS.contains(t.lowerLemma()) && !SpeakerWords.PEOPLE_NOUNS.contains(t.lowerLemma())
                && !"TITLE".equals(t.ner())) {
            // "Valdoria signals support …" mis-tagged as a noun phrase: the named modifier acts ("Surrey staff" are people).
            for (Token compound : s.children(i, "compound")) {
                Speaker modifier = named(context.mentionAt(s, compound.index()));
                if (modifier != null) {
                    return modifier;
                }
            }
        }
        for (Token appos : s.tokens()) {
            // "the mayor's chief of staff, Lena Varga": the apposition may hang off a word of the role.
            if (!appos.dep().equals("appos") || appos.head() < 0 || !s.dominates(i, appos.head())) {
                continue;
            }
            NamedMention m = context.mentionAt(s, appos.index());
            if (m != null && EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return context.speaker(m.text(), m.start(), m.end(), context.entities().canonical(m), EntityType.ENTITY_TYPE_PERSON);
            }
        }
        return pronounOrRole(s, i);
    }

    /** A named mention of a person, organisation or place as a speaker; null for other mentions. */
    private Speaker named(NamedMention m) {
        EntityType type = m == null ? null : context.entities().typeOf(m);
        if (type == null || type == EntityType.ENTITY_TYPE_OTHER) {
            return null;
        }
        return context.speaker(m.text(), m.start(), m.end(), context.entities().canonical(m), type);
    }

    private Speaker pronounOrRole(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String lower = t.lower();
        ActorMemory actors = context.actors();
        if (t.pos().startsWith("PRP") && SpeakerWords.FIRST_PERSON.contains(lower)) {
            // Outside quotes (speakers never stand inside one) "I" and "we" are the writer, nobody named before.
            return context.speaker(t.text(), t.start(), t.end(), t.text(), EntityType.ENTITY_TYPE_PERSON);
        }
        if (t.pos().startsWith("PRP") && SpeakerWords.PERSON_PRONOUNS.contains(lower)) {
            // acting or named lately, fitting; not someone the words it closes name ("Macharia hid under desks, he said")
            Set<String> namedInContent = namedBeforeClosingReport(s, i);
            String person = context.salience().person(t.start(), lower, p -> !namedInContent.contains(p));
            return context.speaker(t.text(), t.start(), t.end(), person != null ? person : t.text(), EntityType.ENTITY_TYPE_PERSON);
        }
        if (t.pos().startsWith("PRP") && SpeakerWords.GROUP_PRONOUNS.contains(lower)) {
            String group = actors.lastGroup(t.start());
            return group == null ? null : context.speaker(t.text(), t.start(), t.end(), group, EntityType.ENTITY_TYPE_ORGANIZATION);
        }
        if (t.isNoun() || "TITLE".equals(t.ner())) {
            return role(s, i);
        }
        return SpeakerWords.GROUP_QUANTIFIERS.contains(lower) ? quantifiedGroup(s, i) : null;
    }

    /**
     * The people named before a reporting clause that closes or interrupts the sentence after a comma, when the pronoun
     * at i is that clause's subject: "Macharia and some colleagues hid under desks, he said" is not Macharia speaking,
     * who would have said "I". Empty for any other pronoun.
     */
    private Set<String> namedBeforeClosingReport(Sentence s, int i) {
        Token pronoun = s.tokens().get(i);
        boolean afterComma = i > 0 && s.tokens().get(i - 1).text().equals(",");
        boolean reportingSubject = pronoun.dep().startsWith("nsubj") && pronoun.head() > i
                && ReportingCues.isSpeechVerb(s.tokens().get(pronoun.head()));
        if (!afterComma || !reportingSubject) {
            return Set.of();
        }
        Set<String> named = new java.util.HashSet<>();
        for (NamedMention m : context.text().mentions()) {
            if (m.sentence() > s.index()) {
                break; // mentions come in text order
            }
            if (m.sentence() == s.index() && m.endToken() <= i && context.entities().typeOf(m) == EntityType.ENTITY_TYPE_PERSON) {
                named.add(context.entities().canonical(m));
            }
        }
        return named;
    }

    /**
     * "some in the Muslim community say …", "all those involved say …", "many said …": a quantifier heading a group
     * of people speaks as the whole description, unnamed. A demonstrative ("those") needs words after it to be people.
     */
    private Speaker quantifiedGroup(Sentence s, int head) {
        Token t = s.tokens().get(head);
        int end = postModifiersEnd(s, head);
        if (end == head && SpeakerWords.EMPTY_SUBJECTS.contains(t.lower())) {
            return null;
        }
        int first = head;
        for (Token before : s.children(head, "det")) {
            first = Math.min(first, before.index()); // "All those involved": the predeterminer belongs to it
        }
        int start = s.tokens().get(first).start();
        int stop = s.tokens().get(end).end();
        String mention = context.text().text().substring(start, stop);
        return context.speaker(mention, start, stop, mention, EntityType.ENTITY_TYPE_ORGANIZATION);
    }

    /** A role phrase ("the US president", "his spokesman", "a Ukrainian official") headed by token head. */
    private Speaker role(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int first = head;
        for (Token child : tokens) {
            if (child.head() == head && child.index() < first && isModifier(child)) {
                first = Math.min(first, s.subtreeFirst(child.index()));
            }
        }
        Token headToken = tokens.get(head);
        int start = tokens.get(first).start();
        int end = headToken.end();
        String mention = context.text().text().substring(start, end);
        Set<String> modifiers = EntityIndex.roleModifiers(s, first, head);
        EntityIndex entities = context.entities();
        // A role in the plural ("the hereditary leaders") is several people, never the one person who holds it.
        boolean plural = headToken.pos().equals("NNS") || headToken.pos().equals("NNPS");
        String holder = plural ? null : entities.roleHolder(headToken.lowerLemma(), modifiers, start);
        if (holder == null && !plural) {
            holder = possessorRole(s, head, start);
        }
        if (holder == null && !plural && definite(s, first) && SpeakerWords.LEADER_ROLES.contains(headToken.lowerLemma())) {
            holder = context.actors().lastPerson(start, person -> !entities.holdsOtherRole(person, headToken.lowerLemma(), modifiers));
        }
        Speaker described = holder == null ? context.descriptions().described(s, first, head, mention, start, end) : null;
        if (described != null) {
            return described; // "the rookie defenceman", "the company", "a statement from the council"
        }
        if (holder == null) {
            // Nobody the article names: the whole description is who spoke ("a person familiar with the talks",
            // "an official with the animal protection agency", "people arrested last week"), not its head alone.
            end = tokens.get(postModifiersEnd(s, head)).end();
            mention = context.text().text().substring(start, end);
        }
        // "Civil rights activists", "dock workers": a group, which "they" and not "he" refers back to.
        boolean group = holder == null && (headToken.pos().equals("NNS") || headToken.pos().equals("NNPS"));
        return context.speaker(mention, start, end, holder != null ? holder : mention,
                group ? EntityType.ENTITY_TYPE_ORGANIZATION : EntityType.ENTITY_TYPE_PERSON);
    }

    /**
     * The last token of the phrases that follow a description's head and belong to it: prepositional phrases
     * ("for the ministry", "of the 68 workers"), adjective phrases ("familiar with the talks") and participles
     * ("arrested last week"), each right after the one before; a relative clause, an apposition or a comma ends it,
     * and so does a person's name, which the parser often hangs on the wrong word ("the president in talks with X").
     */
    private static int postModifiersEnd(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int end = head;
        for (Token child : tokens) {
            if (child.head() != head || child.index() <= head) {
                continue;
            }
            String dep = child.dep();
            boolean modifier = dep.startsWith("nmod") && !dep.equals("nmod:poss") || dep.equals("amod") || dep.equals("acl");
            int first = s.subtreeFirst(child.index());
            if (!modifier || first != end + 1) {
                break;
            }
            int last = s.subtreeLast(child.index());
            for (int k = first; k <= last; k++) {
                if (tokens.get(k).isPunctuation() || "PERSON".equals(tokens.get(k).ner())) {
                    return end;
                }
            }
            end = last;
        }
        return end;
    }

    /** "his spokesman" names the spokesman of the person "his" stands for: "Tomas Ferrante's spokesman". */
    private String possessorRole(Sentence s, int head, int start) {
        for (Token poss : s.children(head, "nmod:poss")) {
            String lower = poss.lower();
            if (lower.equals("his") || lower.equals("her")) {
                String owner = context.actors().lastPerson(start);
                return owner == null ? null : owner + "'s " + s.tokens().get(head).text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean definite(Sentence s, int first) {
        Token t = s.tokens().get(first);
        return t.lower().equals("the") || t.pos().equals("NNP") || t.pos().equals("POS");
    }

    private static boolean isModifier(Token t) {
        return t.dep().equals("det") || t.dep().startsWith("amod") || t.dep().startsWith("compound")
                || t.dep().equals("nmod:poss") || t.dep().equals("nummod");
    }

    /** A person, organisation or place by name or title, a pronoun, or a noun for people able to speak. */
    boolean isActor(Sentence s, int i) {
        Token t = s.tokens().get(i);
        NamedMention m = context.mentionAt(s, i);
        if (m != null && EntityIndex.typeOf(m.type()) != null && EntityIndex.typeOf(m.type()) != EntityType.ENTITY_TYPE_OTHER) {
            return true;
        }
        for (Token compound : s.children(i, "compound")) {
            NamedMention named = context.mentionAt(s, compound.index());
            if (named != null && EntityIndex.typeOf(named.type()) != null) {
                return true;
            }
        }
        String lower = t.lower();
        return SpeakerWords.PERSON_PRONOUNS.contains(lower) || SpeakerWords.GROUP_PRONOUNS.contains(lower) && t.pos().startsWith("PRP")
                || "TITLE".equals(t.ner()) || SpeakerWords.ACTOR_NOUNS.contains(t.lowerLemma());
    }

    /** An actor, or a document that can state things ("the poll", "the report", "a study"). */
    boolean isSource(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String lemma = t.lowerLemma();
        // A proper name NER leaves untyped ("Patriot agreed to …") acts too: dates and numbers are typed.
        boolean untypedName = t.pos().startsWith("NNP") && ("O".equals(t.ner()) || "MISC".equals(t.ner()));
        return isActor(s, i) || SpeakerWords.SOURCE_NOUNS.contains(lemma) || SpeakerWords.PEOPLE_NOUNS.contains(lemma) || untypedName;
    }
}
