package io.crosscheck.extraction.domain.speakers;

import java.util.Set;

/**
 * The word classes the speaker readings share. Pronouns are grammar and stay here; the open lists of
 * roles and nouns are data files under speakers/ (each says where it came from), read once.
 */
public final class SpeakerWords {
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we", "him", "her", "me", "us");
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "them");
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    /** Roles held by one person at a time, so "the president" can be resolved to the person acting. */
    static final Set<String> LEADER_ROLES = load("speakers/leader-roles.txt");
    /** Nouns that stand for people or bodies able to speak, when NER does not tag them. */
    static final Set<String> ACTOR_NOUNS = load("speakers/actor-nouns.txt");
    /** Nouns for people and bodies that hold views ("Democrats want …"), not antecedents for pronouns. */
    static final Set<String> PEOPLE_NOUNS = load("speakers/people-nouns.txt");
    /** Things that state findings: "a poll shows that …", "the report found …". */
    static final Set<String> SOURCE_NOUNS = load("speakers/source-nouns.txt");
    /** Media that show someone speaking: their "of" phrase names the speaker. */
    static final Set<String> RECORDINGS = load("speakers/recording-nouns.txt");
    /** Subjects that hold nothing: "it seems that …", "this means …", "that suggests …". */
    static final Set<String> EMPTY_SUBJECTS = load("speakers/empty-subjects.txt");
    /** Quantifiers that head a group of people: "some in the community", "all those involved", "many". */
    static final Set<String> GROUP_QUANTIFIERS = load("speakers/group-quantifiers.txt");
    /** Messages that carry their author's words: "a statement", "the release", "a tweet". */
    static final Set<String> MESSAGE_NOUNS = load("speakers/message-nouns.txt");

    private SpeakerWords() {
    }

    /** Whether the lower-case noun names a document that can state things ("poll", "report", "editorial"). */
    public static boolean isSourceNoun(String lemma) {
        return SOURCE_NOUNS.contains(lemma);
    }

    /** One word a line; '#' starts a comment line, blank lines are skipped (WordLists reads every list). */
    private static Set<String> load(String resource) {
        return WordLists.words(resource);
    }
}
