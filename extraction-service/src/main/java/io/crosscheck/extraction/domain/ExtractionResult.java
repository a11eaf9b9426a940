package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.ClaimSet;

/** The claims of one text and how large the text was. */
public record ExtractionResult(ClaimSet claimSet, int tokenCount, int sentenceCount) {
}
