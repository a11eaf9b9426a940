package io.crosscheck.gateway.client;

/** The services the gateway calls, in the words its answers use for them. */
public enum Backend {
    ARTICLE_STORE("the article store (article-service)", "articles cannot be read, searched or stored"),
    EXTRACTION("the extraction service (extraction-service)", "claims that are not stored yet cannot be extracted");

    private final String label;
    private final String whileDown;

    Backend(String label, String whileDown) {
        this.label = label;
        this.whileDown = whileDown;
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
