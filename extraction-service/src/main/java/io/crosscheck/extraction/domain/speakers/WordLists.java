package io.crosscheck.extraction.domain.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the description readings use beside {@link SpeakerWords}: tabbed data files of this module, and
 * the animate nouns of CoreNLP's deterministic coreference (Ji and Lin 2009's animacy lists, shipped in the
 * models jar as {@value #ANIMATE_LIST}), which tell that "the defenceman" or "the brawler" is a person.
 */
final class WordLists {
    static final String ANIMATE_LIST = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    /** Nouns for people and other animate beings, lower case; empty when the models lack the list. */
    static final Set<String> ANIMATE = lines(ANIMATE_LIST, false);

    private WordLists() {
    }

    /** One word (or phrase) a line, as written; '#' starts a comment line, blank lines are skipped. */
    static Set<String> words(String resource) {
        return lines(resource, true);
    }

    /** "word<TAB>A,B" lines into word → {A, B}; '#' starts a comment line. */
    static Map<String, Set<String>> tabbed(String resource) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : lines(resource, true)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                map.put(parts[0].strip(), Set.of(parts[1].strip().split(",")));
            }
        }
        return Map.copyOf(map);
    }

    private static Set<String> lines(String resource, boolean required) {
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("missing word list " + resource);
            }
            return Set.of();
        }
        Set<String> lines = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(required ? line.strip() : line.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(lines);
    }
}
