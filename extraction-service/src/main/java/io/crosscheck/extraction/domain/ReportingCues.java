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
            "underline", "underscore", "express", "chant");

    /** Verbs that only report speech with a "that" clause or a quote, never alone ("believe", "think"). */
    private static final Set<String> NEEDS_CLAUSE = Set.of("believe", "think", "hope", "fear", "agree", "call",
            "question", "welcome", "praise", "criticize", "criticise", "charge", "brief", "inform", "estimate",
            "forecast", "describe");

    /** Verbs that attribute a stance or an intention to their subject: "wants to …", "called for …", "supports …". */
    private static final Set<String> STANCE_VERBS = Set.of("want", "plan", "pledge", "promise", "vow", "intend", "seek",
            "propose", "support", "oppose", "favor", "favour", "endorse", "back", "reject", "refuse", "decline", "demand",
            "expect", "hope", "aim", "threaten", "prefer", "call", "urge", "ask", "push", "press", "accuse", "blame",
            "criticize", "criticise", "praise", "describe", "attack", "condemn", "slam", "defend", "credit", "label",
            "dismiss", "deny", "welcome", "cite", "question", "challenge", "fear", "worry", "doubt");

    /** Nouns that carry an attribution with a possessor and a that-clause: "the senator's claim that …". */
    private static final Set<String> CUE_NOUNS = Set.of("claim", "statement", "assertion", "argument", "allegation",
            "suggestion", "promise", "pledge", "warning", "view", "belief", "insistence", "contention", "emphasis",
            "comment", "remark", "finding", "assessment", "prediction", "charge", "accusation", "admission", "fear");

    public static boolean isCueNoun(Token t) {
        return t.isNoun() && CUE_NOUNS.contains(t.lowerLemma());
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
