package io.crosscheck.article.domain;

/** A named resource does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
