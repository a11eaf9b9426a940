package io.crosscheck.extraction.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** Developer aid: CoreNLP's time per annotator on the corpus, with the service's settings. args: corpusDir maxFiles */
public final class AnnotatorTiming {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", EvalSetup.ANNOTATORS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        for (int i = 2; i + 1 < args.length; i += 2) {
            props.setProperty(args[i], args[i + 1]);
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Path> files;
        try (var s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(Integer.parseInt(args[1])).toList();
        }
        for (int round = 0; round < 2; round++) {
            for (Path f : files) {
                pipeline.annotate(new Annotation(Files.readString(f)));
            }
        }
        System.out.println(pipeline.timingInformation());
    }
}
