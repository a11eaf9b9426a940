package io.crosscheck.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The configuration keys that the Quarkus runtime extensions on the test class path document for this
 * platform version (META-INF/quarkus-config-doc/quarkus-config-model.json), e.g.
 * {@code quarkus.grpc.clients."client-name".idle-timeout}.
 */
final class QuarkusConfigModel {
    private static final Set<String> KEYS = load();

    private QuarkusConfigModel() {
    }

    static boolean documents(String key) {
        for (String documented : KEYS) {
            // A quoted segment ("client-name") stands for any map key.
            String regex = Pattern.quote(documented).replaceAll("\"[^\"]+\"", "\\\\E[^.]+\\\\Q");
            if (key.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> keys() {
        return Collections.unmodifiableSet(KEYS);
    }

    private static Set<String> load() {
        Set<String> keys = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (URL url : Collections.list(QuarkusConfigModel.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = url.openStream()) {
                    collect(json.readTree(in), keys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode property = node.path("path").path("property");
            if (property.isTextual() && node.has("type")) {
                keys.add(property.asText());
            }
        }
        node.elements().forEachRemaining(child -> collect(child, keys));
    }
}
