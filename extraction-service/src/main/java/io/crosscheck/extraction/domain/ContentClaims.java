package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Cue;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;

import java.util.List;

/** Builds a reported-speech claim from a token range of a sentence, with its speaker and cue as spans into the text. */
final class ContentClaims {
    static final int MIN_INDIRECT_CONTENT_TOKENS = 3;

    static int lastContentToken(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end > 0 && tokens.get(end).isPunctuation()) {
            end--;
        }
        return end;
    }

    /** A claim whose content runs from token from to token to (punctuation at both ends trimmed). */
    static Claim.Builder contentClaim(AnalyzedText text, Sentence s, int from, int to, Speaker speaker, int cueStart,
            int cueEnd) {
        return contentClaim(text, s, from, to, speaker, cueStart, cueEnd, MIN_INDIRECT_CONTENT_TOKENS);
    }

    /** As above, with the fewest content tokens a claim may have ("endorsed [Clinton]" has one). */
    static Claim.Builder contentClaim(AnalyzedText text, Sentence s, int from, int to, Speaker speaker, int cueStart,
            int cueEnd, int minTokens) {
        List<Token> tokens = s.tokens();
        while (from <= to && from < tokens.size() && tokens.get(from).isPunctuation()) {
            from++;
        }
        while (to >= from && to >= 0 && tokens.get(to).isPunctuation()) {
            to--;
        }
        int ownClause = trailingReportingClause(s, from, to);
        if (ownClause >= 0) {
            to = ownClause - 1; // "…, a source said": the next report's speaker and verb are not content
            while (to >= from && tokens.get(to).isPunctuation()) {
                to--;
            }
        }
        if (from > to || to - from + 1 < minTokens || namesNothing(s, from, to)) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = closingMarkAfter(text.text(), start, tokens.get(to).end());
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                .setText(text.text().substring(start, end)).setSpan(span(start, end))
                .setSentenceSpan(span(s.start(), s.end())).setSpeaker(speaker)
                .setCue(Cue.newBuilder().setText(text.text().substring(cueStart, cueEnd)).setSpan(span(cueStart, cueEnd)));
    }

    /** Content that is only a time ("rejected [2015]") or a lone pronoun ("declared [It]"): the parse went wrong. */
    private static boolean namesNothing(Sentence s, int from, int to) {
        boolean allTime = true;
        for (int i = from; i <= to; i++) {
            allTime &= s.tokens().get(i).isTime() || s.tokens().get(i).isPunctuation();
        }
        return allTime || from == to && s.tokens().get(from).pos().startsWith("PRP");
    }

    /**
     * Where content that ends in a reporting clause of its own starts that clause ("told [Mook further
     * asserted]", "[… to reporters, a source said]"): the first token of the clause's subject, or -1.
     */
    private static int trailingReportingClause(Sentence s, int from, int to) {
        for (int i = to; i >= from && i >= to - 3; i--) {
            Token t = s.tokens().get(i);
            if (ReportingCues.isSpeechVerb(t)) {
                int verb = i;
                boolean reportsWithin = s.tokens().stream().anyMatch(c -> c.head() == verb && c.index() > verb
                        && c.index() <= to && (c.dep().equals("ccomp") || c.dep().equals("obj")));
                Token subject = s.tokens().stream().filter(c -> c.head() == verb && c.dep().startsWith("nsubj")
                        && c.index() >= from && c.index() < verb).findFirst().orElse(null);
                if (subject == null || reportsWithin) {
                    return -1;
                }
                // Set off by a comma (or the comma-and-mark closing a quote), as a closing reporting clause is;
                // "the figure the ministry reported" is not one. Content that is nothing but the clause goes whole.
                int clause = s.subtreeFirst(subject.index());
                if (clause <= from) {
                    return from;
                }
                String before = s.tokens().get(clause - 1).text();
                return before.equals(",") || before.endsWith("”") || before.equals("\"") || before.equals("''") ? clause : -1;
            }
            if (!t.isTime() && !t.isPunctuation() && !t.pos().startsWith("RB")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of a content that opens a quote it does not close ("called him “a genius"): past the closing
     * mark, and the one punctuation mark inside it ("“unstable.”"), so the span holds the whole quote.
     */
    private static int closingMarkAfter(String raw, int start, int end) {
        String content = raw.substring(start, end);
        boolean openTypographic = content.chars().filter(c -> c == '“').count() > content.chars().filter(c -> c == '”').count();
        boolean openStraight = content.chars().filter(c -> c == '"').count() % 2 == 1;
        if (!openTypographic && !openStraight) {
            return end;
        }
        char close = openTypographic ? '”' : '"';
        int at = end < raw.length() && ".,!?".indexOf(raw.charAt(end)) >= 0 ? end + 1 : end;
        return at < raw.length() && raw.charAt(at) == close ? at + 1 : end;
    }

    static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }

    private ContentClaims() {
    }
}
