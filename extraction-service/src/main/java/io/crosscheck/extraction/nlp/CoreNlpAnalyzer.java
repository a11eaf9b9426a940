package io.crosscheck.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.NamedMention;
import io.crosscheck.extraction.domain.ReportingCues;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.TextAnalyzer;
import io.crosscheck.extraction.domain.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP as the NLP foundation: one pipeline per process (models load once, several
 * seconds), shared by all request threads — CoreNLP's annotate is safe to call concurrently.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    /**
     * What the news extraction needs: tokens, sentences, POS, lemmas, NER and dependency parses. Coreference and
     * CoreNLP's quote annotator are left out on purpose: they cost most of the time and the news rules do better.
     */
    public static final String NEWS_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    /** The dependency parser, run after {@link NamesTaggedAsVerbs} mended the tags it reads; null without depparse. */
    private final StanfordCoreNLP parser;
    private final SecondOpinionParser secondOpinion;

    /**
     * @param annotators CoreNLP annotators; must start with tokenize,ssplit. Splitting runs first, then
     *     the sentences are repaired (see {@link SentenceRepair}), then the remaining annotators run.
     */
    public CoreNlpAnalyzer(String annotators) {
        List<String> names = List.of(annotators.replace(" ", "").split(","));
        if (names.size() < 2 || !names.get(0).equals("tokenize") || !names.get(1).equals("ssplit")) {
            throw new IllegalArgumentException("annotators must start with tokenize,ssplit, got " + annotators);
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // Every line break ends a sentence: news paragraphs are lines, and a heading has no full stop.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Keep quotes and brackets as written; offsets point into the original text either way.
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        // SUTime is slow and resolves relative dates no better than the news date rules.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        // The fine-grained pass (regular expressions over large lists) costs most of NER's time; the only
        // tag the news rules take from it, TITLE, comes from the Titles lexicon instead.
        props.setProperty("ner.applyFineGrained", "false");
        // One CRF model instead of CoreNLP's three: the news rules need persons, organisations and places
        // from it; numbers come from the numeric classifiers, titles from the fine-grained rules and dates
        // from the extractor's own resolver. Two thirds of NER's cost saved.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.docdate.useFixedDate", "false");
        this.splitter = new StanfordCoreNLP(props);
        List<String> tagging = names.subList(2, names.size()).stream().filter(n -> !n.equals("depparse")).toList();
        Properties rest = new Properties();
        rest.putAll(props);
        rest.setProperty("annotators", String.join(",", tagging));
        rest.setProperty("enforceRequirements", "false");
        this.tagger = tagging.isEmpty() ? null : new StanfordCoreNLP(rest);
        Properties parsing = new Properties();
        parsing.putAll(props);
        parsing.setProperty("annotators", "depparse");
        parsing.setProperty("enforceRequirements", "false");
        this.parser = names.contains("depparse") ? new StanfordCoreNLP(parsing) : null;
        this.secondOpinion = names.contains("depparse") ? new SecondOpinionParser(props) : null;
    }

    @Override
    public AnalyzedText analyze(String text) {
        Annotation document = new Annotation(text);
        splitter.annotate(document);
        SentenceRepair.mergeBrokenSentences(document, text);
        if (tagger != null) {
            tagger.annotate(document);
            NamesTaggedAsVerbs.retag(document);
        }
        if (parser != null) {
            parser.annotate(document);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap coreSentence = coreSentences.get(s);
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = tokensOf(coreSentence, labels);
            if (secondOpinion != null && SecondOpinionParser.doubtful(new Sentence(s, 0, 0, tokens))) {
                tokens = secondOpinion(coreSentence, labels, tokens);
            }
            tokens = ParticiplesTakenForMarks.mend(tokens);
            if (tokens.isEmpty()) {
                continue;
            }
            int sentenceIndex = sentences.size();
            sentences.add(new Sentence(sentenceIndex, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                    List.copyOf(tokens)));
            List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            int before = mentions.size();
            if (coreMentions == null) {
                addRetaggedPersons(text, tokens, sentenceIndex, mentions, before);
                continue;
            }
            int sentenceTokenOffset = labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
            for (CoreMap m : coreMentions) {
                int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenOffset;
                int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenOffset;
                if (isPronoun(tokens, first, end)) {
                    // CoreNLP lists pronouns as mentions too; speakers resolve them, the entity index must not.
                    continue;
                }
                if (opensWithFrontedSpeechVerb(tokens, first, end)) {
                    first++; // "Said Brenner, “…”": NER reads the fronted verb as a first name
                }
                int start = first == m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenOffset
                        ? m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(first).start();
                int stop = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                mentions.add(new NamedMention(text.substring(start, stop), start, stop,
                        m.get(CoreAnnotations.EntityTypeAnnotation.class),
                        m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), sentenceIndex, first, end));
            }
            addRetaggedPersons(text, tokens, sentenceIndex, mentions, before);
        }
        return new AnalyzedText(text, List.copyOf(sentences), List.copyOf(mentions));
    }

    /**
     * A surname {@link NamesTaggedAsVerbs} made a person after NER had run becomes a mention of its own. It never
     * retags a sentence's first word, and a fronted "Said" trimmed off a mention stays uncovered on purpose.
     */
    private static void addRetaggedPersons(String text, List<Token> tokens, int sentence, List<NamedMention> mentions,
            int sentenceMentionsFrom) {
        List<NamedMention> ofSentence = List.copyOf(mentions.subList(sentenceMentionsFrom, mentions.size()));
        for (Token t : tokens) {
            boolean covered = ofSentence.stream().anyMatch(m -> m.firstToken() <= t.index() && t.index() < m.endToken());
            if (t.index() > 0 && "PERSON".equals(t.ner()) && t.pos().equals("NNP") && !covered) {
                mentions.add(new NamedMention(text.substring(t.start(), t.end()), t.start(), t.end(), "PERSON", null, sentence,
                        t.index(), t.index() + 1));
            }
        }
    }

    /**
     * A sentence-initial speech verb glued to the name after it, the name followed by a comma or colon: the
     * inverted introducer of a quote ("Said Brenner, “…”", "Added Maren: “…”"), not a person called "Said Brenner".
     */
    private static boolean opensWithFrontedSpeechVerb(List<Token> tokens, int first, int end) {
        if (first != 0 || end - first < 2 || end >= tokens.size()) {
            return false;
        }
        String after = tokens.get(end).text();
        return ReportingCues.isFrontedSpeechForm(tokens.get(0).text()) && (after.equals(",") || after.equals(":"));
    }

    private static List<Token> tokensOf(CoreMap coreSentence, List<CoreLabel> labels) {
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        readDependencies(coreSentence, heads, relations);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int t = 0; t < labels.size(); t++) {
            CoreLabel l = labels.get(t);
            String ner = l.ner() == null ? "O" : l.ner();
            if (ner.equals("O") && l.tag() != null && l.tag().startsWith("NN") && Titles.isTitle(l.originalText())) {
                ner = "TITLE";
            }
            tokens.add(new Token(t, l.originalText(), l.beginPosition(), l.endPosition(), l.tag(), l.lemma(), ner,
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), heads[t], relations[t]));
        }
        return tokens;
    }

    /** The PCFG parse of a sentence whose first parse looks wrong, when it looks right; else the first parse. */
    private List<Token> secondOpinion(CoreMap coreSentence, List<CoreLabel> labels, List<Token> first) {
        SemanticGraph previous = secondOpinion.reparse(coreSentence);
        if (previous == null) {
            return first;
        }
        List<Token> second = tokensOf(coreSentence, labels);
        if (SecondOpinionParser.doubtful(new Sentence(0, 0, 0, second))) {
            SecondOpinionParser.restore(coreSentence, previous);
            return first;
        }
        return second;
    }

    /** Heads and relations from the basic dependencies; without a parse every token is its own root. */
    private static void readDependencies(CoreMap sentence, int[] heads, String[] relations) {
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "root");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return;
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dependent = edge.getDependent().index() - 1;
            if (dependent >= 0 && dependent < heads.length) {
                heads[dependent] = edge.getGovernor().index() - 1;
                relations[dependent] = edge.getRelation().toString();
            }
        }
    }

    private static boolean isPronoun(List<Token> tokens, int first, int end) {
        for (int i = Math.max(0, first); i < Math.min(end, tokens.size()); i++) {
            if (!tokens.get(i).pos().startsWith("PRP")) {
                return false;
            }
        }
        return true;
    }
}
