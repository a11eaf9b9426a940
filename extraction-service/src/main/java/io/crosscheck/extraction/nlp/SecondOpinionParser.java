package io.crosscheck.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Properties;

/**
 * A second parse, by CoreNLP's PCFG parser, for the few sentences whose fast neural dependency parse cannot be
 * right around a reporting verb: "Administration officials said they hoped the move will spur …" comes back
 * with "said" as the subject of "spur", "The former first lady and U.S. senator said it was “a mistake” …"
 * with "said" joined to the noun "lady". Who said what hangs on those edges. The PCFG parser is about forty
 * times slower, so it only sees such sentences (about 2% of news sentences), and only short enough ones;
 * its parse is kept when it no longer looks wrong.
 */
final class SecondOpinionParser {
    /** The PCFG parser's time grows with the cube of the length: long sentences keep the first parse. */
    static final int MAX_TOKENS = 45;

    private final StanfordCoreNLP pcfg;

    SecondOpinionParser(Properties base) {
        Properties props = new Properties();
        props.putAll(base);
        props.setProperty("annotators", "parse");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
        props.setProperty("parse.maxlen", String.valueOf(MAX_TOKENS));
        this.pcfg = new StanfordCoreNLP(props);
    }

    /**
     * Whether a finite reporting verb sits where no reporting verb can: without a subject and outside any
     * clause that would lend it one, as the subject of another verb, or joined to a noun. A closing reporting
     * clause ("…,” said Brenner.") is left alone: the extractor reads those from the sentence's shape.
     */
    static boolean doubtful(Sentence s) {
        for (Token t : s.tokens()) {
            if (!ReportingCues.isSpeechVerb(t) || !t.pos().matches("VB[DPZ]") || t.index() == 0) {
                continue;
            }
            if (s.tokens().get(t.index() - 1).isPunctuation()) {
                continue;
            }
            String dep = t.dep();
            boolean hasSubject = !s.children(t.index(), "nsubj").isEmpty();
            boolean lentSubject = dep.startsWith("conj") || dep.startsWith("xcomp") || dep.startsWith("advcl")
                    || dep.startsWith("acl") || dep.startsWith("parataxis") || dep.equals("ccomp");
            Token head = t.head() >= 0 ? s.tokens().get(t.head()) : null;
            if (dep.startsWith("csubj") || !hasSubject && !lentSubject
                    || dep.startsWith("conj") && head != null && !head.isVerb()) {
                return true;
            }
            if (objectIsAClauseSubject(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lohmar said Emery was able to …", "LaPlante told court she is …": the parse made the subject of the reported
     * clause (or the person told) the verb's object and left the clause hanging, so the verb reports nobody's words.
     * A speech verb without a clausal complement whose object is followed straight away by a finite verb, or by a
     * subject pronoun and a verb, has been misread.
     */
    private static boolean objectIsAClauseSubject(Sentence s, Token verb) {
        if (!s.children(verb.index(), "ccomp").isEmpty()) {
            return false;
        }
        for (Token obj : s.children(verb.index(), "obj")) {
            int next = s.subtreeLast(obj.index()) + 1;
            // A pronoun object ("indicated it was …") is left to the first parse: on the seed reports the second
            // parse of such a sentence lost more elsewhere in it than it mended.
            if (obj.index() < verb.index() || next >= s.tokens().size() || obj.pos().startsWith("PRP")) {
                continue;
            }
            Token after = s.tokens().get(next);
            boolean finite = after.pos().matches("VB[DPZ]|MD");
            boolean pronounThenVerb = after.pos().equals("PRP") && next + 1 < s.tokens().size()
                    && s.tokens().get(next + 1).pos().matches("VB[DPZ]|MD");
            if (finite || pronounThenVerb) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the sentence again and leaves the new basic dependencies on it; returns the previous ones so
     * that the caller can put them back when the second parse is no better. Null when the sentence is too long.
     */
    SemanticGraph reparse(CoreMap sentence) {
        List<?> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() > MAX_TOKENS) {
            return null;
        }
        SemanticGraph previous = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        Annotation single = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        single.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
        single.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        pcfg.annotate(single);
        sentence.remove(TreeCoreAnnotations.TreeAnnotation.class); // only the dependencies are read
        return previous;
    }

    static void restore(CoreMap sentence, SemanticGraph previous) {
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, previous);
    }
}
