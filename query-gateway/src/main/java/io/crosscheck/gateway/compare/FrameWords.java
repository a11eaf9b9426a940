package io.crosscheck.gateway.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The versioned data file {@code compare/figure-frames.txt}: the order of the figure rules, the word lists they use
 * and their thresholds. Lines of lower-case entries under {@code [section]} headers, {@code #} starting a comment;
 * {@code [settings]} holds {@code name = value} lines. Read once per process.
 */
final class FrameWords {
    static final FrameWords DEFAULT = load("compare/figure-frames.txt");

    private final String resource;
    private final Map<String, List<String>> sections;

    private FrameWords(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    static FrameWords load(String resource) {
        InputStream in = FrameWords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the classpath: " + resource);
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ");
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1).strip(), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": entry before any [section]: " + entry);
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
        return new FrameWords(resource, Map.copyOf(frozen));
    }

    /** The entries of a section in file order; a missing section is a packaging error, not an empty list. */
    List<String> entries(String section) {
        List<String> entries = sections.get(section);
        if (entries == null) {
            throw new IllegalStateException(resource + " has no [" + section + "] section");
        }
        return entries;
    }

    /** The comparison keys of a section's words ("killed" and "dead" give one key). */
    Set<String> keys(String section) {
        Set<String> keys = new HashSet<>();
        for (String word : entries(section)) {
            String key = Tokenizer.key(word, false);
            keys.add(key != null ? key : word);
        }
        return Set.copyOf(keys);
    }

    double number(String name) {
        for (String line : entries("settings")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(name)) {
                return Double.parseDouble(line.substring(eq + 1).strip());
            }
        }
        throw new IllegalStateException(resource + " has no setting " + name);
    }

    Duration minutes(String name) {
        return Duration.ofSeconds(Math.round(number(name) * 60));
    }
}
