package io.crosscheck.article.domain;

/** Input a client can correct: names the offending field and says what is wrong with it. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, in proto path form ("article.url"). */
    public String field() {
        return field;
    }
}
