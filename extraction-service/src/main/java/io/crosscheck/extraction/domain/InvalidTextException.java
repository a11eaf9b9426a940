package io.crosscheck.extraction.domain;

/** A request the caller must change: names the field and says what is wrong. */
public class InvalidTextException extends RuntimeException {
    private final String field;

    public InvalidTextException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
