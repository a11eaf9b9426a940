package io.crosscheck.article.domain;

/** A write met concurrent changes it could not settle (an equal article stored and deleted again and again). */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
