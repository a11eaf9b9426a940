package io.crosscheck.gateway.api;

/** A request the client must change, answered as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final String field;

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "Invalid request", detail, field);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
