package io.crosscheck.article.domain;

/** One batch item's result: either an outcome or the reason it was rejected (nothing of it written). */
public record BatchItemOutcome(int index, CreateOutcome outcome, InvalidInputException rejection) {

    static BatchItemOutcome stored(int index, CreateOutcome outcome) {
        return new BatchItemOutcome(index, outcome, null);
    }

    static BatchItemOutcome rejected(int index, InvalidInputException rejection) {
        return new BatchItemOutcome(index, null, rejection);
    }
}
