package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.speakers.ClauseSpeakers;

import java.util.List;
import java.util.Set;

import static io.crosscheck.extraction.domain.ContentClaims.MIN_INDIRECT_CONTENT_TOKENS;
import static io.crosscheck.extraction.domain.ContentClaims.contentClaim;
import static io.crosscheck.extraction.domain.ContentClaims.lastContentToken;
import static io.crosscheck.extraction.domain.Stances.stanceContent;

/**
 * Reporting clauses read from the shape of the sentence where the parse ties them to the wrong word: a
 * clause closing the sentence after a comma, one fenced by commas inside its content, one the parser hung
 * off its content, and "as X put it".
 */
final class ReportingClauses {
    /** Words a closing reporting clause may have: ", the Tax Policy Center at the Urban Institute said on Thursday." */
    private static final int MAX_CLOSING_CLAUSE_TOKENS = 14;
    /** Words that open a clause complementing a noun: "the claim that …", "the question whether …". */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    /** Quote marks as the tokenizer leaves them. */
    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "«", "»", "``", "''");

    /**
     * A finite reporting verb whose complement clause the parser broke apart: "officials said they hoped the
     * move will spur …" (the verb made subject of "spur"), "supporters say the program, run by …, has
     * brought …" (its subject made the verb's object, its verb a loose dependent or a clause on that object). The
     * content runs from the word after the verb (or the subject of a clause on the object) to the end of the clause
     * the parser did find.
     */
    static Claim.Builder splitComplement(AnalyzedText text, Sentence s, Token verb, Speaker speaker) {
        List<Token> tokens = s.tokens();
        if (!verb.pos().matches("VB[DPZ]") || !s.children(verb.index(), "ccomp").isEmpty() || verb.dep().startsWith("acl")) {
            return null; // with a clause, or modifying a noun ("people believed to have been …")
        }
        int last = -1;
        int clauseFirst = verb.index() + 1;
        if (verb.dep().equals("csubj") && verb.head() > verb.index()) {
            last = s.subtreeLast(verb.head());
        } else {
            List<Token> objects = s.children(verb.index(), "obj");
            int object = objects.isEmpty() ? -1 : objects.get(0).index();
            for (Token loose : s.children(verb.index(), "dep")) {
                // "the union says in Nova Scotia ambulances are … missing": a loose finite verb with words before it
                boolean subjectRoom = object > verb.index() ? loose.index() > object
                        : loose.index() > verb.index() + 1 && noVerbBetween(s, verb.index(), loose.index());
                if (loose.dep().equals("dep") && subjectRoom && loose.isVerb() && s.finite(loose.index())) {
                    last = s.subtreeLast(loose.index());
                }
            }
            int inside = object > verb.index() && last < 0 ? clauseInsideObject(s, s.tokens().get(object)) : -1;
            if (inside >= 0) {
                last = s.subtreeLast(object);
                clauseFirst = inside;
            }
        }
        if (last < 0) {
            return null;
        }
        int from = clauseFirst;
        while (from < tokens.size() && (tokens.get(from).text().equalsIgnoreCase("that") || tokens.get(from).isPunctuation())) {
            from++;
        }
        return contentClaim(text, s, from, Math.min(last, lastContentToken(tokens)), speaker, verb.start(), verb.end());
    }

    /** Whether only non-verbs or the later verb's auxiliaries lie between two tokens. */
    private static boolean noVerbBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = s.tokens().get(i);
            if (t.isVerb() && !(t.head() == to && t.dep().startsWith("aux"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the reported clause the parser hung inside the verb's object starts, or -1. A clause that modifies a noun
     * without a relative word or a "that" is non-finite ("the decision made on Monday"); a finite one there ("said the
     * announcement … has done nothing") is the reported clause, the noun its subject, so it starts at the object. A
     * relative clause with a pronoun subject and no relative word ("told court she is a trained technologist") is the
     * reported clause told to the object, starting at its subject.
     */
    private static int clauseInsideObject(Sentence s, Token noun) {
        for (Token clause : s.children(noun.index(), "acl")) {
            boolean complementizer = s.children(clause.index(), "mark").stream()
                    .anyMatch(m -> COMPLEMENTIZERS.contains(m.lowerLemma()));
            if (clause.dep().equals("acl") && !complementizer && s.finite(clause.index())) {
                return s.subtreeFirst(noun.index());
            }
            List<Token> subjects = s.children(clause.index(), "nsubj");
            boolean pronounSubject = subjects.size() == 1 && subjects.get(0).pos().equals("PRP")
                    && subjects.get(0).index() == s.subtreeFirst(clause.index());
            if (clause.dep().equals("acl:relcl") && pronounSubject && s.finite(clause.index())) {
                return subjects.get(0).index();
            }
        }
        return -1;
    }

    /**
     * A reporting clause the parser hung off its own content (as parataxis, ccomp, advcl or dep): "Lynch said
     * there remains …", "Climate change, Obama often says, is the greatest threat", "…, though she
     * acknowledged it was unlikely to work". The content is the host clause, through the reporting clause
     * when it interrupts, after it when it leads. When the verb has complements of its own reaching the
     * end of the sentence ("Frustration with police: activists say officers have been …"), those are the content.
     */
    static Claim.Builder hostClause(AnalyzedText text, Sentence s, Token verb, Speaker speaker) {
        List<Token> tokens = s.tokens();
        int end = lastContentToken(tokens);
        int[] own = stanceContent(s, verb.index());
        if (own != null && own[1] >= end - 1) {
            return contentClaim(text, s, own[0], own[1], speaker, verb.start(), verb.end());
        }
        String dep = verb.dep();
        boolean hangs = dep.startsWith("parataxis") || dep.equals("ccomp") || dep.startsWith("advcl") || dep.equals("dep");
        // A reporting clause around its content is finite ("…, he said, …", "…, officials believe."); a non-finite
        // one ("To determine this, Haley explained that …") is an adverbial of the clause it hangs from.
        if (!hangs || verb.head() < 0 || !s.finite(verb.index())) {
            return null;
        }
        int clauseFirst = s.subtreeFirst(verb.index());
        int clauseLast = s.subtreeLast(verb.index());
        int host = verb.head();
        int from = s.subtreeFirst(host);
        int to = Math.min(end, s.subtreeLast(host));
        if (from >= clauseFirst) {
            from = clauseLast + 1; // the reporting clause leads: the content follows it
        } else if (to <= clauseLast) {
            to = clauseFirst - 1; // the reporting clause closes the content
        }
        if (from > to || to - from + 1 < MIN_INDIRECT_CONTENT_TOKENS) {
            return null;
        }
        return contentClaim(text, s, from, to, speaker, verb.start(), verb.end());
    }

    /**
     * "Harbour silt, Mayor Maren often says, is the greatest threat": a reporting clause fenced by commas
     * inside its content. The content runs through the whole sentence (as for a parsed aside), whatever
     * the parser made of it; the speaker is the name or noun inside the fence.
     */
    static Claim.Builder aroundInterruptingClause(AnalyzedText text, Sentence s, Token verb, ClauseSpeakers speakers) {
        List<Token> tokens = s.tokens();
        int closing = fenceComma(tokens, verb.index(), +1);
        int opening = fenceComma(tokens, verb.index(), -1);
        int end = lastContentToken(tokens);
        if (opening <= 0 || closing < 0 || end - closing < 2) {
            return null;
        }
        for (Token t : tokens) {
            // The words before the fence are a clause of their own, or quotes carry the speech; an infinitive or
            // participle without a subject opens the content ("To understand the case, Roberts said, one should …").
            boolean finiteClauseBefore = t.isVerb() && t.index() < opening && !s.children(t.index(), "nsubj").isEmpty();
            if (finiteClauseBefore || QUOTE_MARKS.contains(t.text())) {
                return null;
            }
        }
        Speaker speaker = null;
        for (int i = opening + 1; i < verb.index(); i++) {
            if (tokens.get(i).isNoun()) {
                speaker = speakers.speakerAt(s, i); // the last noun of the fenced subject is its head
            }
        }
        return speaker == null ? null : contentClaim(text, s, 0, end, speaker, verb.start(), verb.end());
    }

    /** The comma that fences a reporting clause on one side of its verb, with no other verb between; or -1. */
    private static int fenceComma(List<Token> tokens, int verb, int direction) {
        for (int i = verb + direction, steps = 0; i >= 0 && i < tokens.size() && steps < 6; i += direction, steps++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                return i;
            }
            if (t.isVerb() || t.isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "As Simonyan put it in a statement, RT is …" / "…, as The New Yorker put it.": the clause around the
     * idiom is what its subject said.
     */
    static Claim.Builder asSomeonePutIt(AnalyzedText text, Sentence s, Token verb, ClauseSpeakers speakers) {
        List<Token> tokens = s.tokens();
        boolean putIt = verb.lowerLemma().equals("put") && s.children(verb.index(), "obj").stream()
                .anyMatch(o -> o.text().equalsIgnoreCase("it"));
        int clauseFirst = s.subtreeFirst(verb.index());
        if (!putIt || !tokens.get(clauseFirst).text().equalsIgnoreCase("as")) {
            return null;
        }
        Speaker speaker = speakers.subjectSpeaker(s, verb.index());
        if (speaker == null) {
            return null;
        }
        int clauseLast = s.subtreeLast(verb.index());
        int end = lastContentToken(tokens);
        return clauseFirst == 0 ? contentClaim(text, s, clauseLast + 1, end, speaker, verb.start(), verb.end())
                : contentClaim(text, s, 0, clauseFirst - 1, speaker, verb.start(), verb.end());
    }

    /**
     * "…, the IMF said." / "…, said Batchelder." / "…, one slide says.": a reporting clause that closes the
     * sentence after a comma reports everything before the comma, however the parser tied the two.
     */
    static Claim.Builder contentBeforeReportingClause(AnalyzedText text, Sentence s, Token verb, Speaker speaker) {
        List<Token> tokens = s.tokens();
        int end = lastContentToken(tokens);
        int comma = -1;
        for (int i = verb.index() - 1; i > 0 && comma < 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                comma = i;
            } else if (t.isVerb() || t.text().equals("”") || t.text().equals("''")) {
                return null;
            }
        }
        if (comma < 0 || verb.index() > end || end - comma > MAX_CLOSING_CLAUSE_TOKENS) {
            return null;
        }
        for (int i = verb.index() + 1; i <= end; i++) {
            if (tokens.get(i).isVerb() || tokens.get(i).isPunctuation() && !tokens.get(i).text().equals(",")) {
                return null; // the clause goes on to say something else
            }
        }
        return contentClaim(text, s, 0, comma - 1, speaker, verb.start(), verb.end());
    }

    private ReportingClauses() {
    }
}
