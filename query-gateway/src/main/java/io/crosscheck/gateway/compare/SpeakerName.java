package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A speaker as the comparison sees it: a name (every word capitalised: "Ann Halvorsen", "Harbor Council") or a
 * description ("a senior official", "city officials"). Only names can disagree: two descriptions, or a description
 * and a name, may well be the same source.
 */
record SpeakerName(String canonical, boolean named, List<String> keys) {
    private static final Set<String> PARTICLES = Set.of("of", "von", "van", "der", "den", "de", "del", "da", "di",
            "du", "la", "le", "al", "el", "bin", "ibn", "and", "the");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "one",
            "some", "two", "three", "several", "many", "other", "another", "this", "that", "these", "those");

    static SpeakerName of(String canonical) {
        String[] words = canonical.strip().split("\\s+");
        boolean named = words.length > 0 && !words[0].isEmpty() && !DETERMINERS.contains(NameKey.fold(words[0]));
        List<String> keys = new ArrayList<>();
        for (String w : words) {
            String folded = NameKey.fold(w);
            if (folded.isEmpty()) {
                continue;
            }
            if (PARTICLES.contains(folded)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || w.contains("’") || w.contains("'")) {
                // "Felix Amsel's spokesman" names someone by their relation to a name: a description.
                named = false;
            }
            keys.add(NameKey.of(w));
        }
        return new SpeakerName(canonical, named && !keys.isEmpty(), keys);
    }

    /**
     * Whether two names may be one speaker: same family name and, when both give more, compatible given names; or one
     * name's words all within the other's ("Halvorsen" and "Ann Halvorsen").
     */
    boolean sameAs(SpeakerName other) {
        if (keys.isEmpty() || other.keys.isEmpty()) {
            return false;
        }
        if (keys.equals(other.keys)) {
            return true;
        }
        List<String> shorter = keys.size() <= other.keys.size() ? keys : other.keys;
        List<String> longer = shorter == keys ? other.keys : keys;
        return longer.containsAll(shorter);
    }
}
