package io.crosscheck.gateway.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Two figures whose frames name different measures do not conflict: "people killed" and "people injured", the
 * length and the depth, a fee and a salary. A measure key names a measure when one of its words belongs to a class
 * of the data file's [measure-classes] (words compared by their comparison keys, so "killed", "dead" and "deaths"
 * meet); keys apart are keys of classes with none in common. A key without a known word ("structure", "stretch")
 * keeps nothing apart: the extractor's keys for one thing vary with the sentence.
 */
final class OtherMeasureRule implements OppositionRule {
    private final Map<String, Set<String>> classesOfKey = new HashMap<>();

    OtherMeasureRule(FrameWords words) {
        for (String line : words.entries("measure-classes")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip();
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                String key = Tokenizer.key(word, false);
                classesOfKey.computeIfAbsent(key != null ? key : word, k -> new HashSet<>()).add(name);
            }
        }
    }

    @Override
    public String name() {
        return "other-measure";
    }

    @Override
    public boolean apart(Figure f, Figure g) {
        Set<String> a = classes(f.frame().measure());
        Set<String> b = classes(g.frame().measure());
        return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
    }

    private Set<String> classes(String measure) {
        Set<String> out = new HashSet<>();
        for (String key : keys(measure)) {
            out.addAll(classesOfKey.getOrDefault(key, Set.of()));
        }
        return out;
    }

    /** The comparison keys of a measure key's words ("person kill" gives the keys of "person" and "kill"). */
    static Set<String> keys(String measure) {
        Set<String> out = new HashSet<>();
        for (String word : measure.split("\\s+")) {
            String key = word.isEmpty() ? null : Tokenizer.key(word, false);
            if (key != null) {
                out.add(key);
            }
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }
}
