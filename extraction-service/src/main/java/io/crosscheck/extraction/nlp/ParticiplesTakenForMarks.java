package io.crosscheck.extraction.nlp;

import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends one mistake of the neural dependency parser around a reporting participle: in "The diocese issued a
 * statement, saying an investigation will look into …" and "Graf protested the bills, saying they are limiting
 * the industry" it reads "saying" as the subordinating word ({@code mark}) of the clause after it, so no speech
 * verb governs that clause and nobody said it. A speech verb in "-ing" form cannot be a mark: it becomes the
 * adverbial participle it is ({@code advcl} of the clause the marked one hung from), and the clause its
 * complement ({@code ccomp}); the subject is then lent from the main clause as for any participle.
 */
final class ParticiplesTakenForMarks {
    private ParticiplesTakenForMarks() {
    }

    static List<Token> mend(List<Token> tokens) {
        List<Token> mended = null;
        for (Token participle : tokens) {
            if (!participle.dep().equals("mark") || !participle.pos().equals("VBG") || participle.head() <= participle.index()
                    || !ReportingCues.isSpeechVerb(participle)) {
                continue;
            }
            Token clause = (mended == null ? tokens : mended).get(participle.head());
            if (clause.head() < 0 || !clause.isVerb() && !clause.pos().startsWith("JJ") && !clause.isNoun()) {
                continue;
            }
            if (mended == null) {
                mended = new ArrayList<>(tokens);
            }
            mended.set(participle.index(), with(participle, clause.head(), "advcl"));
            mended.set(clause.index(), with(clause, participle.index(), "ccomp"));
        }
        return mended == null ? tokens : mended;
    }

    private static Token with(Token t, int head, String dep) {
        return new Token(t.index(), t.text(), t.start(), t.end(), t.pos(), t.lemma(), t.ner(), t.normalized(), head, dep);
    }
}
