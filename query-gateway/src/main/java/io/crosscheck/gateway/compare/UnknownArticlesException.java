package io.crosscheck.gateway.compare;

import java.util.List;

/** A comparison named articles the store does not have. */
public class UnknownArticlesException extends RuntimeException {
    private final List<String> ids;

    public UnknownArticlesException(List<String> ids) {
        super("no article has the id" + (ids.size() == 1 ? " " : "s ") + String.join(", ", ids));
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}
