package io.crosscheck.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Surnames that are also English verbs ("Shane Shook", "“…,” Shook said", "Said", "Wade", "Hunt") come
 * out of the tagger as verbs, and the parse around them breaks: the speaker becomes the sentence's root.
 * Between tagging and parsing, a capitalised word inside a sentence tagged as a verb is retagged as a
 * proper noun when it ends a full name NER found in the document (a title-case headline verb inside a
 * run NER misread, "Christie Calls Clinton", is left alone); where NER left it untagged it becomes a
 * person too, so that it can speak.
 */
final class NamesTaggedAsVerbs {

    static void retag(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        Set<String> surnames = new HashSet<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                boolean lastOfPerson = "PERSON".equals(tokens.get(i).ner())
                        && (i + 1 == tokens.size() || !"PERSON".equals(tokens.get(i + 1).ner()));
                if (lastOfPerson && i > 0 && "PERSON".equals(tokens.get(i - 1).ner())) {
                    surnames.add(tokens.get(i).word()); // a full name's last word, not a lone "Said" at a sentence start
                }
            }
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                boolean capitalisedVerb = t.tag() != null && t.tag().startsWith("VB") && !t.word().isEmpty()
                        && Character.isUpperCase(t.word().charAt(0));
                if (capitalisedVerb && surnames.contains(t.word())) {
                    t.setTag("NNP");
                    t.setLemma(t.word());
                    t.setNER("PERSON");
                }
            }
        }
    }

    private NamesTaggedAsVerbs() {
    }
}
