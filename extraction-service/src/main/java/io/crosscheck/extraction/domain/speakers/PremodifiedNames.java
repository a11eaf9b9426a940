package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

/**
 * A person named after the words that place them: "Mariners head coach Tomas Brenner", "Harbour FC general manager
 * Ilse Maren", "the British aid group Harrowfield". The organisation or the common noun in front only
 * modifies; the name at the end of the phrase is who it is. Parsers often cut such a phrase after its first
 * name or make the common noun its head, so the readings ask here before taking the first word.
 */
final class PremodifiedNames {
    /** How many words of role may stand between the first name and the person ("general manager"). */
    private static final int MAX_ROLE_WORDS = 4;
    /** Tags that end a noun phrase: conjunctions, prepositions, determiners, pronouns, modals, wh-words. */
    private static final java.util.regex.Pattern STOPS = java.util.regex.Pattern.compile("CC|IN|TO|DT|PDT|PRP|MD|W.*|RB.*|VBD|VBN|VBG|VBZ");

    private PremodifiedNames() {
    }

    /**
     * The last token of the person named at the end of the phrase that mention m opens, when only role words
     * (nouns, titles, adjectives) stand between; else the last token of m itself.
     */
    static int personAfter(SpeakerContext c, Sentence s, NamedMention m) {
        if (EntityIndex.typeOf(m.type()) == EntityType.ENTITY_TYPE_PERSON) {
            return m.endToken() - 1;
        }
        int person = personWithin(c, s, m.endToken(), MAX_ROLE_WORDS);
        return person >= 0 ? person : m.endToken() - 1;
    }

    /**
     * From token from, over at most maxRoleWords nouns, titles or adjectives, the last token of a person
     * mention that follows; or -1 when punctuation, a verb or anything else comes first.
     */
    static int personWithin(SpeakerContext c, Sentence s, int from, int maxRoleWords) {
        int roleWords = 0;
        for (int i = from; i < s.tokens().size(); i++) {
            NamedMention next = c.mentionAt(s, i);
            if (next != null && EntityIndex.typeOf(next.type()) == EntityType.ENTITY_TYPE_PERSON) {
                return roleWords > 0 ? next.endToken() - 1 : -1;
            }
            Token t = s.tokens().get(i);
            // Any word of a noun phrase; the tagger sometimes reads the "head" of "head coach" as a verb, so only
            // words that open or join clauses and phrases end it.
            boolean roleWord = !t.isPunctuation() && !STOPS.matcher(t.pos()).matches();
            if (!roleWord || ++roleWords > maxRoleWords) {
                return -1;
            }
        }
        return -1;
    }
}
