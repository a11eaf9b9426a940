package io.crosscheck.extraction.config;

import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How extraction runs in this process. */
@ConfigMapping(prefix = "crosscheck.extraction")
public interface ExtractionConfig {
    @WithDefault("1000000")
    int maxTextChars();

    /** Extractions running at once; 0 means one per available core. */
    @WithDefault("0")
    int concurrency();

    /** Extractions that may wait for a free slot; past that callers get RESOURCE_EXHAUSTED. */
    @WithDefault("64")
    int queueCapacity();

    @WithDefault(CoreNlpAnalyzer.NEWS_ANNOTATORS)
    String annotators();
}
