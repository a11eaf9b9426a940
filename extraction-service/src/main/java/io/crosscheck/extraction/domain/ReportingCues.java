package io.crosscheck.extraction.domain;

import java.util.List;
import java.util.Set;

/** The verbs and phrases news uses to report speech ("said", "told", "warned", "according to"). */
public final class ReportingCues {
    private static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "add", "write", "warn", "insist", "confirm", "claim", "state", "declare", "announce",
            "note", "explain", "argue", "ask", "reply", "respond", "suggest", "acknowledge", "admit", "deny",
            "report", "tweet", "post", "describe", "predict", "urge", "accuse", "vow", "promise", "stress",
            "emphasize", "emphasise", "indicate", "signal", "comment", "conclude", "complain", "caution", "recall",
            "mention", "observe", "allege", "assert", "contend", "maintain", "reiterate", "concede", "boast",
            "demand", "pledge", "threaten", "counter", "retort", "remark", "testify", "estimate", "forecast",
            "disclose", "reveal", "proclaim", "shout", "quip", "joke", "lament", "insinuate", "question",
            "criticize", "criticise", "praise", "welcome", "dismiss", "reject", "call", "recount",
            "believe", "think", "hope", "fear", "agree", "dispute", "brief", "inform", "assure", "charge", "clarify",
            "underline", "underscore", "express", "chant",
            // manner of speaking: "“Crimea is off the table,” he exclaimed"
            "exclaim", "yell", "scream", "whisper", "mutter", "murmur", "snap", "muse", "marvel", "gush", "interject",
            "scoff", "plead");

    /** Verbs that only report speech with a "that" clause or a quote, never alone ("believe", "think"). */
    private static final Set<String> NEEDS_CLAUSE = Set.of("believe", "think", "hope", "fear", "agree", "call",
            "question", "welcome", "praise", "criticize", "criticise", "charge", "brief", "inform", "estimate",
            "forecast", "describe");

    /**
     * Verbs that attribute a stance, an intention, a judgement or a finding to their subject, with the
     * object or complement as its content: wanting and planning ("wants to raise taxes"), backing and
     * opposing ("supports the deal"), judging ("praised the plan", "blasted the ruling"), urging
     * ("called for a recount"), feeling ("fears a strike"), and sources stating findings ("the poll shows
     * a tie"). General English verb classes, not words of any one story. Acts of bodies ("the council approved
     * the plan", "vetoed", "adopted", "blocked") are what the outlet reports happened: statements, not stances.
     */
    private static final Set<String> STANCE_VERBS = Set.of(
            // intention and desire
            "want", "wish", "plan", "intend", "seek", "aim", "hope", "expect", "prefer", "pledge", "promise", "vow",
            "threaten", "propose", "offer",
            // backing and opposing
            "support", "oppose", "favor", "favour", "endorse", "back", "champion", "embrace", "reject", "refuse",
            "decline", "resist", "agree", "disagree",
            // urging
            "demand", "call", "urge", "ask", "press", "advocate", "recommend", "encourage",
            // judging
            "accuse", "blame", "criticize", "criticise", "praise", "attack", "condemn", "slam", "blast", "denounce",
            "decry", "defend", "credit", "label", "dismiss", "deny", "welcome", "applaud", "hail", "tout", "mock",
            "ridicule", "chastise", "rebuke", "fault", "question", "challenge", "dispute", "doubt",
            // feeling
            "fear", "worry", "like", "love", "hate", "dislike", "admire", "respect", "trust", "distrust", "regret",
            // telling about something
            "cite", "describe", "portray", "characterize", "characterise", "depict", "highlight", "discuss",
            "mention", "acknowledge", "admit", "concede", "announce", "outline", "detail", "predict",
            "estimate", "project",
            // knowing and judging
            "know", "learn", "understand", "realize", "realise", "recognize", "recognise", "feel", "consider", "regard",
            "view", "assume", "imagine", "decide", "conclude", "determine", "rule", "judge",
            // speaking of something
            "present", "pitch", "reference", "echo", "repeat", "liken", "compare", "paint", "frame",
            "implore", "plead", "publish", "spell", "sum",
            // findings of a source
            "show", "find", "reveal", "indicate", "suggest", "confirm", "document", "rate", "rank", "illustrate",
            "demonstrate", "prove", "reflect", "seem", "appear");

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
    private static final Set<String> DENIALS = Set.of("deny", "reject", "dismiss", "dispute");

    private ReportingCues() {
    }

    public static boolean isSpeechVerb(Token t) {
        return t.isVerb() && SPEECH_VERBS.contains(t.lowerLemma());
    }

    /** Verbs that report speech only right beside a quote: "Pence continued: “…”", "“…?” reacted Trump." */
    private static final Set<String> QUOTE_INTRODUCERS = Set.of("continue", "react", "conclude", "begin", "offer");

    /** Whether the verb can introduce or close a direct quote: any speech verb, or one of the quote introducers. */
    public static boolean introducesQuote(Token t) {
        return isSpeechVerb(t) || t.isVerb() && QUOTE_INTRODUCERS.contains(t.lowerLemma());
    }

    /** Speech verbs in the forms that open an inverted introducer ("Said Comey, “…”"), which taggers read as names. */
    private static final Set<String> FRONTED_SPEECH_FORMS = Set.of("said", "says", "added", "adds", "asked", "asks",
            "wrote", "writes", "explained", "explains", "noted", "notes", "replied", "replies", "recalled", "recalls",
            "tweeted", "tweets", "remarked", "continued", "answered", "responded", "declared", "insisted", "warned");

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
