package io.crosscheck.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway fans out. */
@ConfigMapping(prefix = "crosscheck.gateway")
public interface GatewayConfig {
    /** Extractions in flight at once; set it to extraction replicas x cores per replica. */
    @WithDefault("4")
    int extractionParallelism();

    /** Deadline of one ExtractClaims call. */
    @WithDefault("120s")
    Duration extractionDeadline();

    /** Deadline of one article-service call. */
    @WithDefault("15s")
    Duration storeDeadline();

    /** The most articles one /claims answer covers. */
    @WithDefault("200")
    int claimsMaxArticles();
}
