package io.crosscheck.gateway.client;

/** The services the gateway calls, in the words its answers use for them. */
public enum Backend {
    ARTICLE_STORE("articles", "the article store (article-service)", "articles cannot be read, searched or stored"),
    EXTRACTION("extraction", "the extraction service (extraction-service)", "claims that are not stored yet cannot be extracted");

    private final String id;
    private final String label;
    private final String whileDown;

    Backend(String id, String label, String whileDown) {
        this.id = id;
        this.label = label;
        this.whileDown = whileDown;
    }

    /** "extraction": its name in health checks and in the crosscheck_backend_up metric (and its gRPC client's name). */
    public String id() {
        return id;
    }

    /** "the extraction service (extraction-service)". */
    public String label() {
        return label;
    }

    /** What a user cannot have while this backend fails. */
    public String whileDown() {
        return whileDown;
    }
}
