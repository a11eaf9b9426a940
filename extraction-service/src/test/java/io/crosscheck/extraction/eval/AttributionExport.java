package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the extractor's answers for every article of attribution-dev as PRED_DIR/NAME.txt.json, the
 * input of ../shared/tools/attribution_score.py. Two folders: attributions only (what the scorer
 * measures) and the full answer with statements.
 *
 * args: corpusDir outDir
 */
public final class AttributionExport {
    private static final Pattern DATE_IN_NAME = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.resolve("attributions"));
        Files.createDirectories(out.resolve("full"));
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        ObjectMapper json = new ObjectMapper();
        List<Path> texts;
        try (var files = Files.list(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long tokens = 0;
        long started = System.nanoTime();
        for (Path text : texts) {
            String name = text.getFileName().toString();
            Matcher m = DATE_IN_NAME.matcher(name);
            LocalDate published = m.find() ? LocalDate.parse(m.group(1)) : LocalDate.now();
            ExtractionResult r = extractor.extract(Files.readString(text), published, "en");
            tokens += r.tokenCount();
            json.writeValue(out.resolve("attributions").resolve(name + ".json").toFile(), ClaimAnswers.answer(r.claimSet(), true));
            json.writeValue(out.resolve("full").resolve(name + ".json").toFile(), ClaimAnswers.answer(r.claimSet(), false));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("wrote %d answers to %s/{attributions,full} (%d tokens, %.0f tokens/s)%n", texts.size(), out,
                tokens, tokens / seconds);
    }
}
