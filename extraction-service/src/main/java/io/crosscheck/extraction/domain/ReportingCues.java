package io.crosscheck.extraction.domain;

import java.util.List;
import java.util.Set;

/** The verbs and phrases news uses to report speech ("said", "told", "warned", "according to"). */
public final class ReportingCues {
    /** The verb lists, in cues/cue-verbs.txt (each section says what it holds and where it came from). */
    private static final FrameLexicon CUE_VERB_LIST = FrameLexicon.load("cues/cue-verbs.txt");
    private static final Set<String> SPEECH_VERBS = CUE_VERB_LIST.words("speech");

    /** Verbs that only report speech with a "that" clause or a quote, never alone ("believe", "think"). */
    private static final Set<String> NEEDS_CLAUSE = CUE_VERB_LIST.words("needs-clause");

    /**
     * Verbs that attribute a stance, an intention, a judgement or a finding to their subject, with the
     * object or complement as its content: wanting and planning ("wants to raise taxes"), backing and
     * opposing ("supports the deal"), judging ("praised the plan", "blasted the ruling"), urging
     * ("called for a recount"), feeling ("fears a strike"), and sources stating findings ("the poll shows
     * a tie"). General English verb classes, not words of any one story. Acts of bodies ("the council approved
     * the plan", "vetoed", "adopted", "blocked") are what the outlet reports happened: statements, not stances.
     */
    private static final Set<String> STANCE_VERBS = CUE_VERB_LIST.words("stance");

    /**
     * Nouns that carry an attribution with a possessor and a that-clause: "the senator's claim that …"; those that
     * name an act of saying ([speech]) and those that name a position or a finding ([stance]), in cues/cue-nouns.txt.
     */
    private static final FrameLexicon CUE_NOUN_LIST = FrameLexicon.load("cues/cue-nouns.txt");
    private static final Set<String> SPEECH_NOUNS = CUE_NOUN_LIST.words("speech");
    private static final Set<String> STANCE_NOUNS = CUE_NOUN_LIST.words("stance");

    public static boolean isCueNoun(Token t) {
        return t.isNoun() && (SPEECH_NOUNS.contains(t.lowerLemma()) || STANCE_NOUNS.contains(t.lowerLemma()));
    }

    /** A cue noun that names an act of saying ("statement", "claim", "warning"), not a position ("concern", "view"). */
    public static boolean isSpeechNoun(Token t) {
        return t.isNoun() && SPEECH_NOUNS.contains(t.lowerLemma());
    }

    public static boolean isStanceVerb(Token t) {
        return t.isVerb() && STANCE_VERBS.contains(t.lowerLemma());
    }

    /** Cue lemmas that negate what they report. */
    private static final Set<String> DENIALS = CUE_VERB_LIST.words("denial");

    private ReportingCues() {
    }

    public static boolean isSpeechVerb(Token t) {
        return t.isVerb() && SPEECH_VERBS.contains(t.lowerLemma());
    }

    /** Verbs that report speech only right beside a quote: "Pence continued: “…”", "“…?” reacted Trump." */
    private static final Set<String> QUOTE_INTRODUCERS = CUE_VERB_LIST.words("quote-introducer");

    /** Whether the verb can introduce or close a direct quote: any speech verb, or one of the quote introducers. */
    public static boolean introducesQuote(Token t) {
        return isSpeechVerb(t) || t.isVerb() && QUOTE_INTRODUCERS.contains(t.lowerLemma());
    }

    /** Speech verbs in the forms that open an inverted introducer ("Said Comey, “…”"), which taggers read as names. */
    private static final Set<String> FRONTED_SPEECH_FORMS = CUE_VERB_LIST.words("fronted-speech-form");

    /** Whether a capitalised word opening a sentence is a fronted speech verb ("Said", "Added"). */
    public static boolean isFrontedSpeechForm(String word) {
        return FRONTED_SPEECH_FORMS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public static boolean needsClause(Token t) {
        return NEEDS_CLAUSE.contains(t.lowerLemma());
    }

    public static boolean isDenial(Token t) {
        return DENIALS.contains(t.lowerLemma());
    }

    /** Index of "according" in "according to" starting at i, or -1. */
    public static boolean isAccordingTo(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("according")
                && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }
}
