package io.crosscheck.extraction.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A versioned word-list file under {@code src/main/resources} (the figure-frame rules' {@code frames/}, the reporting
 * cues' {@code cues/}): lines of
 * lower-case words or phrases grouped under {@code [section]} headers, {@code #} starting a comment. Each
 * file is read once per process (the readers hold it in a static field).
 */
final class FrameLexicon {
    private final String resource;
    private final Map<String, Set<String>> sections;

    private FrameLexicon(String resource, Map<String, Set<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, FrameLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The word list at the classpath resource, read on first use and kept for the process. */
    static FrameLexicon load(String resource) {
        return LOADED.computeIfAbsent(resource, FrameLexicon::read);
    }

    private static FrameLexicon read(String resource) {
        InputStream in = FrameLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ");
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1).strip(), k -> new LinkedHashSet<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": entry before any [section]: " + entry);
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new FrameLexicon(resource, Map.copyOf(frozen));
    }

    /** The entries of a section; a missing section is a packaging error, not an empty list. */
    Set<String> words(String section) {
        Set<String> words = sections.get(section);
        if (words == null) {
            throw new IllegalStateException(resource + " has no [" + section + "] section");
        }
        return words;
    }
}
