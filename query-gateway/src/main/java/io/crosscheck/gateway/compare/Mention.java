package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.ClaimKind;

/**
 * Where a cluster or a conflict side stands in one article: the claim's span and text, the sentence it was found in,
 * and who it is attributed to.
 *
 * @param kind the claim's kind, named at the API edges (JSON, gRPC)
 * @param speaker the speaker's canonical name, or null
 */
public record Mention(String articleId, String outlet, int start, int end, String text, int sentenceStart,
        int sentenceEnd, ClaimKind kind, String speaker) {
}
