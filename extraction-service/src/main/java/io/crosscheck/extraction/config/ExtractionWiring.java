package io.crosscheck.extraction.config;

import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads the CoreNLP models and the sentence-embedding model once per process, at start-up, so that no request pays for it. */
@Singleton
public class ExtractionWiring {
    private static final Logger LOG = Logger.getLogger(ExtractionWiring.class);

    @Produces
    @Singleton
    @Startup
    NewsExtractor extractor(ExtractionConfig config) {
        long started = System.nanoTime();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(config.annotators());
        // One tiny text warms the models' lazy parts, so the first real request is not slow.
        NewsExtractor extractor = new NewsExtractor(analyzer, MiniLmSentenceEmbedder.shared(), config.maxTextChars());
        extractor.extract("Warm-up: the minister said on Monday that 3 people left.", java.time.LocalDate.now(), "en");
        LOG.infof("CoreNLP models (%s) and %s loaded in %d ms", config.annotators(), MiniLmSentenceEmbedder.shared().model(), (System.nanoTime() - started) / 1_000_000);
        return extractor;
    }
}
