package io.crosscheck.gateway.config;

import io.crosscheck.gateway.security.ApiKeys;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The API keys the gateway accepts: {@code crosscheck.gateway.api-key-hashes}, a comma-separated list of SHA-256 hex
 * digests (env CROSSCHECK_GATEWAY_API_KEY_HASHES, from a Kubernetes Secret in production). Unset: no key needed.
 */
@Singleton
public class SecurityWiring {
    private static final Logger LOG = Logger.getLogger(SecurityWiring.class);

    @Produces
    @Singleton
    ApiKeys apiKeys(GatewayConfig config) {
        Optional<List<String>> hashes = config.apiKeyHashes();
        ApiKeys keys = ApiKeys.of(hashes.orElse(List.of()));
        if (keys.required()) {
            LOG.infof("API keys required on /api and the gateway's gRPC services (%d configured)", hashes.get().size());
        } else {
            LOG.info("No API key configured (crosscheck.gateway.api-key-hashes): the API is open to anyone who reaches it");
        }
        return keys;
    }
}
