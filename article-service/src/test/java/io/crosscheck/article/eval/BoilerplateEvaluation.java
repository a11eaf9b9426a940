package io.crosscheck.article.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.article.domain.BoilerplateCleaner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Scores ingest cleaning on the seed reports against seeds-gold.json: every gold boilerplate line must
 * be gone from the cleaned text, every other non-blank line kept.
 *
 * args: sharedDir
 */
public final class BoilerplateEvaluation {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("corpus/seeds-gold.json").toFile());
        BoilerplateCleaner cleaner = new BoilerplateCleaner();
        int boilerplate = 0;
        int removed = 0;
        int content = 0;
        int kept = 0;
        for (var it = gold.path("boilerplate").fields(); it.hasNext(); ) {
            var article = it.next();
            String original = Files.readString(shared.resolve("corpus/seeds").resolve(article.getKey()));
            Set<String> cleanedLines = new HashSet<>();
            for (String line : cleaner.clean(original).cleanedText().split("\n")) {
                cleanedLines.add(line.strip());
            }
            Set<String> goldLines = new HashSet<>();
            for (JsonNode line : article.getValue()) {
                goldLines.add(line.asText().strip());
                boilerplate++;
                boolean gone = cleanedLines.stream().noneMatch(l -> !l.isEmpty() && l.contains(line.asText().strip()));
                removed += gone ? 1 : 0;
                if (!gone) {
                    System.out.println("  kept boilerplate: " + article.getKey() + ": " + line.asText());
                }
            }
            for (String line : original.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || goldLines.contains(l)) {
                    continue;
                }
                content++;
                boolean present = cleanedLines.contains(l);
                kept += present ? 1 : 0;
                if (!present) {
                    System.out.println("  lost content: " + article.getKey() + ": " + l);
                }
            }
        }
        System.out.printf("boilerplate lines removed: %d/%d; content lines kept: %d/%d%n", removed, boilerplate, kept, content);
    }
}
