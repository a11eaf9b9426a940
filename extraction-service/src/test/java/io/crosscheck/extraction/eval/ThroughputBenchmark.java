package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.FigureFrames;
import io.crosscheck.extraction.domain.QuantityReader;
import io.crosscheck.extraction.domain.TimeResolver;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokens per second of the Crosscheck extractor against Stanford CoreNLP's own quote attribution
 * pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with statistical coreference) on the
 * same texts in the same JVM, one thread each, alternating rounds so that machine noise hits both.
 * Token counts come from the Crosscheck analysis, so both rates are over the same tokens.
 *
 * args: corpusDir rounds maxFiles
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int maxFiles = Integer.parseInt(args[2]);
        List<String> texts = new ArrayList<>();
        try (var files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(maxFiles).toList()) {
                texts.add(Files.readString(f));
            }
        }
        NewsExtractor crosscheck = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        StanfordCoreNLP reference = new StanfordCoreNLP(props);

        long tokens = 0;
        for (String text : texts) { // warm-up, and the token count both rates use
            tokens += crosscheck.extract(text, LocalDate.of(2016, 10, 1), "en").tokenCount();
            reference.annotate(new Annotation(text));
        }
        System.out.printf("%d texts, %d tokens per round%n", texts.size(), tokens);
        System.out.printf("%-6s %16s %16s %8s%n", "round", "crosscheck tok/s", "corenlp tok/s", "ratio");
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (String text : texts) {
                ExtractionResult ignored = crosscheck.extract(text, LocalDate.of(2016, 10, 1), "en");
            }
            double ours = tokens / ((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (String text : texts) {
                reference.annotate(new Annotation(text));
            }
            double theirs = tokens / ((System.nanoTime() - t1) / 1e9);
            ratios.add(ours / theirs);
            System.out.printf("%-6d %16.0f %16.0f %8.2f%n", r, ours, theirs, ours / theirs);
        }
        ratios.sort(Double::compare);
        System.out.printf("median ratio crosscheck/corenlp: %.2f%n", ratios.get(ratios.size() / 2));
        figureShare(texts, rounds);
    }

    /**
     * The share of extraction time spent reading quantities and their frames: the same texts analysed once, then
     * per round the whole extraction against the quantity reader plus the frame readers on the analysed texts.
     */
    private static void figureShare(List<String> texts, int rounds) {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(EvalSetup.ANNOTATORS);
        NewsExtractor extractor = new NewsExtractor(analyzer, MiniLmSentenceEmbedder.shared(), 1_000_000);
        List<AnalyzedText> analysed = texts.stream().map(analyzer::analyze).toList();
        QuantityReader quantities = new QuantityReader();
        FigureFrames frames = new FigureFrames();
        TimeResolver times = new TimeResolver();
        LocalDate published = LocalDate.of(2016, 10, 1);
        List<List<TimeExpression>> resolved = analysed.stream().map(a -> times.resolve(a.text(), published, a.sentences())).toList();
        List<Double> shares = new ArrayList<>();
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (String text : texts) {
                extractor.extract(text, published, "en");
            }
            long whole = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            for (int i = 0; i < analysed.size(); i++) {
                AnalyzedText a = analysed.get(i);
                frames.frame(a, quantities.read(a), resolved.get(i), List.of(), new EntityIndex(a), published);
            }
            long figures = System.nanoTime() - t1;
            if (r > 0) { // the first round warms both up
                shares.add((double) figures / whole);
            }
        }
        shares.sort(Double::compare);
        System.out.printf("quantities and frames: median %.1f%% of extraction time (rounds: %s)%n",
                100 * shares.get(shares.size() / 2), shares.stream().map(x -> String.format("%.1f%%", 100 * x)).toList());
    }
}
