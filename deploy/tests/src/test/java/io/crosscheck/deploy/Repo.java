package io.crosscheck.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository the tests check: its service modules, their configuration, deploy/k8s. */
final class Repo {
    /** The Quarkus services: module folder = container name = image name under crosscheck/. */
    static final List<String> SERVICES = List.of("article-service", "extraction-service", "query-gateway");
    static final List<String> OVERLAYS = List.of("local", "production", "production-external-mongodb");
    static final Path ROOT = Path.of(System.getProperty("crosscheck.repo.dir", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    private Repo() {
    }

    static String projectVersion() {
        String v = System.getProperty("crosscheck.project.version");
        if (v == null) {
            throw new IllegalStateException("crosscheck.project.version is not set (run through Maven)");
        }
        return v;
    }

    /**
     * The keys of a service's application.properties, set or given as a commented example
     * ({@code # crosscheck.mongodb.connection-string=...}: an optional key with no default), with their values.
     */
    static Map<String, String> properties(String service) {
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Pattern line = Pattern.compile("^#?\\s*([a-z][a-z0-9.\\-\"]*[a-z0-9\"])\\s*=(.*)$");
        Map<String, String> keys = new LinkedHashMap<>();
        try {
            for (String l : Files.readAllLines(file)) {
                Matcher m = line.matcher(l.strip());
                if (m.matches() && m.group(1).contains(".")) {
                    keys.putIfAbsent(m.group(1), l.strip().startsWith("#") ? null : m.group(2).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The environment variable SmallRye Config reads for a property: non-alphanumerics to _, upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static int httpPort(String service) {
        return Integer.parseInt(properties(service).get("quarkus.http.port"));
    }
}
