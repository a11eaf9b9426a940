package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.names.NameKey;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the extractor on the five seed reports against seeds-gold.json: quote speakers (a match on
 * the speaker's last name counts, as in the CoreNLP reference figure), terms left without a speaker,
 * alias groups merged under one canonical name, quantities and times. The extractor reads the raw
 * seed text, so the gold offsets apply as they are (cleaning is scored by article-service's
 * BoilerplateEvaluation).
 *
 * args: sharedDir [--verbose]
 */
public final class SeedEvaluation {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        boolean verbose = args.length > 1 && args[1].equals("--verbose");
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("corpus/seeds-gold.json").toFile());
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);

        Map<String, String> texts = new HashMap<>();
        Map<String, ClaimSet> answers = new HashMap<>();
        for (var it = gold.path("articles").fields(); it.hasNext(); ) {
            var article = it.next();
            String text = Files.readString(shared.resolve("corpus/seeds").resolve(article.getKey()));
            LocalDate published = LocalDate.parse(article.getValue().path("published").asText().substring(0, 10));
            texts.put(article.getKey(), text);
            answers.put(article.getKey(), extractor.extract(text, published, "en").claimSet());
        }

        int speech = 0;
        int speechRight = 0;
        int terms = 0;
        int termsRight = 0;
        for (JsonNode q : gold.path("quotes")) {
            String name = q.path("article").asText();
            int start = q.path("start").asInt();
            int end = q.path("end").asInt();
            List<Claim> overlapping = answers.get(name).getClaimsList().stream()
                    .filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE && overlaps(c.getSpan(), start, end)
                            // a partly quoted report holds its quoted words
                            || c.getQuotedWordsList().stream().anyMatch(w -> overlaps(w, start, end))).toList();
            String found = overlapping.stream().filter(Claim::hasSpeaker).map(c -> c.getSpeaker().getCanonicalName())
                    .findFirst().orElse(null);
            if (q.path("speaker").isNull()) {
                terms++;
                boolean right = found == null;
                termsRight += right ? 1 : 0;
                report(verbose, right, name, q.path("text").asText(), "(term)", found);
            } else {
                speech++;
                String expected = q.path("speaker").asText();
                boolean right = found != null && sameSpeaker(expected, found);
                speechRight += right ? 1 : 0;
                report(verbose, right, name, q.path("text").asText(), expected, found);
            }
        }

        int groups = 0;
        int merged = 0;
        for (JsonNode group : gold.path("entity_aliases")) {
            Set<String> keys = new HashSet<>();
            for (JsonNode alias : group) {
                for (var e : texts.entrySet()) {
                    keys.addAll(canonicalKeysAt(e.getValue(), alias.asText(), answers.get(e.getKey())));
                }
            }
            groups++;
            boolean right = keys.size() == 1;
            merged += right ? 1 : 0;
            if (verbose && !right) {
                System.out.println("  alias group " + group + " -> " + keys);
            }
        }

        int quantities = 0;
        int quantitiesRight = 0;
        for (JsonNode g : gold.path("quantities")) {
            quantities++;
            int start = g.path("start").asInt();
            int end = g.path("end").asInt();
            String qualifier = g.path("qualifier").isNull() ? "" : g.path("qualifier").asText();
            double expected = g.path("value").asDouble();
            // A change "from 600,000 to 800,000" reports both ends: either may be the gold figure.
            boolean right = allQuantities(answers.get(g.path("article").asText())).stream().anyMatch(q -> overlaps(q.getSpan(), start, end)
                    && (same(q.getValue(), expected) || q.hasValueTo() && same(q.getValueTo(), expected))
                    && q.getQualifier().equalsIgnoreCase(qualifier));
            quantitiesRight += right ? 1 : 0;
            if (verbose && !right) {
                System.out.println("  quantity missed: " + g);
            }
        }
        int times = 0;
        int timesRight = 0;
        for (JsonNode g : gold.path("times")) {
            times++;
            int start = g.path("start").asInt();
            int end = g.path("end").asInt();
            boolean right = allTimes(answers.get(g.path("article").asText())).stream().anyMatch(t -> overlaps(t.getSpan(), start, end)
                    && t.getValue().equals(g.path("value").asText())
                    && t.getGranularity().name().endsWith(g.path("granularity").asText().toUpperCase()));
            timesRight += right ? 1 : 0;
            if (verbose && !right) {
                System.out.println("  time missed: " + g);
            }
        }
        System.out.printf("quote speakers: %d/%d (%.1f%%)%n", speechRight, speech, 100.0 * speechRight / speech);
        System.out.printf("terms left without a speaker: %d/%d%n", termsRight, terms);
        System.out.printf("alias groups merged: %d/%d%n", merged, groups);
        System.out.printf("quantities matched (value and qualifier): %d/%d%n", quantitiesRight, quantities);
        System.out.printf("times matched (value and granularity): %d/%d%n", timesRight, times);
    }

    private static void report(boolean verbose, boolean right, String article, String quote, String expected, String found) {
        if (verbose && !right) {
            System.out.printf("  %s %s expected %s, got %s%n", article.substring(0, 3), abbreviate(quote), expected, found);
        }
    }

    /** A match on the last name counts: "Trump" for "Donald Trump"; places and organisations match whole. */
    static boolean sameSpeaker(String expected, String found) {
        String[] e = NameKey.of(expected).split(" ");
        String f = NameKey.of(found);
        return !f.isEmpty() && (f.equals(NameKey.of(expected)) || List.of(f.split(" ")).contains(e[e.length - 1]));
    }

    /**
     * Name keys of the canonical names our answer gives wherever the alias is written in the text, read
     * at the alias's head word ("Driscoll" in "US Secretary of the Army Dan Driscoll"), so that other
     * entities inside a long alias ("US", "Army") do not count.
     */
    private static Set<String> canonicalKeysAt(String text, String alias, ClaimSet answer) {
        Set<String> keys = new HashSet<>();
        String head = alias.substring(alias.lastIndexOf(' ') + 1);
        for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
            int start = at + alias.length() - head.length();
            int end = at + alias.length();
            for (Entity e : answer.getEntitiesList()) {
                if (e.getMentionsList().stream().anyMatch(m -> overlaps(m, start, end))) {
                    keys.add(NameKey.of(e.getCanonicalName()));
                }
            }
            for (Claim c : answer.getClaimsList()) {
                // A speaker phrase that only contains the alias ("Kyiv's European allies") names someone else.
                if (c.hasSpeaker() && overlaps(c.getSpeaker().getSpan(), start, end) && c.getSpeaker().getSpan().getEnd() <= end) {
                    keys.add(NameKey.of(c.getSpeaker().getCanonicalName()));
                }
            }
        }
        return keys;
    }

    private static List<Quantity> allQuantities(ClaimSet set) {
        List<Quantity> out = new ArrayList<>();
        set.getClaimsList().forEach(c -> out.addAll(c.getQuantitiesList()));
        return out;
    }

    private static List<TimeExpression> allTimes(ClaimSet set) {
        List<TimeExpression> out = new ArrayList<>();
        set.getClaimsList().forEach(c -> out.addAll(c.getTimesList()));
        return out;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
    }

    private static boolean overlaps(Span s, int start, int end) {
        return s.getStart() < end && start < s.getEnd();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "...”" : s;
    }
}
