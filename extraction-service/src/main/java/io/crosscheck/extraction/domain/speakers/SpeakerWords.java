package io.crosscheck.extraction.domain.speakers;

import java.util.Set;

/** The closed word classes the speaker readings share: pronouns, roles, and nouns for actors and sources. */
public final class SpeakerWords {
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we", "him", "her", "me", "us");
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "them");
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    /** Roles held by one person at a time, so "the president" can be resolved to the person acting. */
    static final Set<String> LEADER_ROLES = Set.of("president", "minister", "chancellor", "premier", "leader",
            "governor", "mayor", "secretary", "king", "queen", "pope", "ceo", "chairman", "chairwoman");
    /** Nouns that stand for people or bodies able to speak, when NER does not tag them. */
    static final Set<String> ACTOR_NOUNS = Set.of("official", "spokesman", "spokeswoman", "spokesperson",
            "minister", "president", "aide", "adviser", "advisor", "envoy", "diplomat", "source", "leader", "secretary",
            "chief", "head", "analyst", "expert", "lawmaker", "senator", "governor", "mayor", "officer", "commander",
            "government", "ministry", "administration", "office", "police", "army", "military", "statement", "report",
            "agency", "attendee", "witness", "resident", "journalist", "reporter", "correspondent", "negotiator",
            "chancellor", "premier", "prosecutor", "judge", "lawyer", "attorney", "ambassador", "representative",
            "delegation", "people", "voter", "critic", "supporter", "campaign", "party", "union", "company", "group");
    /**
     * Nouns for people and bodies that hold views ("Democrats want …", "advocates fear …"), counted as
     * holders of a stance or belief but not as antecedents for pronouns (besides the actors above).
     */
    static final Set<String> PEOPLE_NOUNS = Set.of("democrat", "republican", "conservative", "liberal",
            "progressive", "advocate", "activist", "protester", "protestor", "member", "candidate", "nominee", "opponent", "rival", "ally", "citizen", "american",
            "worker", "employee", "student", "parent", "woman", "man", "economist", "scientist", "researcher",
            "doctor", "physician", "legislator", "congressman", "congresswoman", "politician", "strategist",
            "pollster", "consultant", "donor", "executive", "investor", "editor", "writer", "author", "host",
            "commentator", "pundit", "observer", "historian", "professor", "teacher", "board", "committee", "panel",
            "court", "council", "commission", "department", "bureau", "foundation", "institute", "organization",
            "network", "newspaper", "magazine", "outlet", "team", "staff", "country", "nation", "state", "city",
            "firm", "industry");
    /** Things that state findings: "a poll shows that …", "the report found …". */
    static final Set<String> SOURCE_NOUNS = Set.of("poll", "survey", "study", "report", "data", "analysis",
            "research", "investigation", "document", "letter", "memo", "filing", "lawsuit", "complaint", "ruling",
            "statement", "review", "audit", "figure", "record", "email", "transcript", "article", "ad", "campaign",
            "interview", "speech", "tweet", "post", "video", "book", "column", "editorial", "testimony");
    /** Media that show someone speaking: their "of" phrase names the speaker. */
    static final Set<String> RECORDINGS = Set.of("footage", "video", "clip", "recording", "tape", "audio", "image",
            "photo", "picture");
    /** Subjects that hold nothing: "it seems that …", "this means …", "that suggests …". */
    static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "these", "those", "there", "which",
            "what", "something", "nothing", "anything", "everything");

    private SpeakerWords() {
    }

    /** Whether the lower-case noun names a document that can state things ("poll", "report", "editorial"). */
    public static boolean isSourceNoun(String lemma) {
        return SOURCE_NOUNS.contains(lemma);
    }
}
