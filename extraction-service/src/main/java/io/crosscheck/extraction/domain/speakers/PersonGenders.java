package io.crosscheck.extraction.domain.speakers;

import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.EntityIndex;
import io.crosscheck.extraction.domain.NamedMention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the people of an article are known to be men or women, so that "she said" never resolves to a
 * man: from an honorific before a mention ("Mr. Sloan", "Ms. Tolstedt") or else from the first name of
 * the canonical name, looked up in CoreNLP's first-name list (shipped with its models). Unknown and
 * ambiguous names ("Jordan") fit either pronoun.
 */
final class PersonGenders {
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String FIRST_NAME_LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> MALE_HONORIFICS = Set.of("mr.", "mr", "sir", "lord");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame");
    /** Kinship and other sex-marked nouns: "son" → MALE (speakers/sex-marked-nouns.txt). */
    private static final java.util.Map<String, Set<String>> MARKED_NOUNS = WordLists.tabbed("speakers/sex-marked-nouns.txt");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her");

    /** Gender per canonical name: from honorifics up front, from the first name on first ask. */
    private final Map<String, Gender> byCanonical = new HashMap<>();

    PersonGenders(AnalyzedText text, EntityIndex entities) {
        for (NamedMention m : text.mentions()) {
            if (EntityIndex.typeOf(m.type()) != io.crosscheck.common.v1.EntityType.ENTITY_TYPE_PERSON || m.firstToken() <= 0) {
                continue;
            }
            String before = text.sentences().get(m.sentence()).tokens().get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT);
            // "Mr. Sloan"; "her son Aron", "Her father Tomas": an honorific or a sex-marked noun right before the name
            Gender honorific = MALE_HONORIFICS.contains(before) || MARKED_NOUNS.getOrDefault(before, Set.of()).contains("MALE") ? Gender.MALE
                    : FEMALE_HONORIFICS.contains(before) || MARKED_NOUNS.getOrDefault(before, Set.of()).contains("FEMALE")
                    ? Gender.FEMALE : Gender.UNKNOWN;
            if (honorific != Gender.UNKNOWN) {
                byCanonical.merge(entities.canonical(m), honorific, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
    }

    /** Whether a person pronoun can stand for the person: no known gender says otherwise. */
    boolean fits(String canonical, String pronoun) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        Gender gender = of(canonical);
        return !(MALE_PRONOUNS.contains(lower) && gender == Gender.FEMALE || FEMALE_PRONOUNS.contains(lower) && gender == Gender.MALE);
    }

    /** Whether the person's gender is known (from the text or the first-name list). */
    boolean known(String canonical) {
        return of(canonical) != Gender.UNKNOWN;
    }

    Gender of(String canonical) {
        // an honorific seen in the text decides; otherwise the first name, looked up once per person
        return byCanonical.computeIfAbsent(canonical, name -> {
            String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            return FirstNames.LIST.getOrDefault(first, Gender.UNKNOWN);
        });
    }

    /** The first-name list, read once on first use. */
    private static final class FirstNames {
        static final Map<String, Gender> LIST = load();

        private static Map<String, Gender> load() {
            Map<String, Gender> names = new HashMap<>();
            InputStream in = PersonGenders.class.getClassLoader().getResourceAsStream(FIRST_NAME_LIST);
            if (in == null) {
                return names; // models without the list: every name fits either pronoun
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] parts = line.split("\t");
                    if (parts.length == 2 && (parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
                        Gender gender = Gender.valueOf(parts[1]);
                        names.merge(parts[0].toLowerCase(Locale.ROOT), gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FIRST_NAME_LIST, e);
            }
            return names;
        }
    }
}
