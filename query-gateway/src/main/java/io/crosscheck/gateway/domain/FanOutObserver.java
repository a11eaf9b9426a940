package io.crosscheck.gateway.domain;

/** What a fan-out found, for metrics: plain Java, so that the domain knows nothing of the meter registry. */
public interface FanOutObserver {
    FanOutObserver NONE = (stored, toExtract) -> {
    };

    /**
     * Called once per query that found articles, after the claim store was asked.
     *
     * @param stored articles whose claims of the current extractor version were stored (cache hits)
     * @param toExtract articles that must be extracted now (cache misses)
     */
    void claimsLookedUp(int stored, int toExtract);
}
