package io.crosscheck.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnosis, not production code: the speaker errors on quotes-dev grouped by cause, so that work on speakers
 * goes where the errors are. Gold quotes are matched as {@link QuoteSieveEvaluation} matches them; every found
 * gold quote whose predicted speaker is not strictly right gets one cause, the first that applies:
 * <ul>
 *   <li>{@code no speaker}: the claim has none;</li>
 *   <li>{@code coordination}: the gold or the predicted mention joins people with "and";</li>
 *   <li>{@code premodified name}: the gold name stands right after the predicted mention in the same phrase
 *       ("Mariners head coach Tomas Brenner" read as "Mariners");</li>
 *   <li>{@code pronoun}: the gold mention is a pronoun and the prediction took it (resolved wrong) or another;</li>
 *   <li>{@code role NP}: the gold mention is a common-noun phrase ("the rookie defenceman", "the team",
 *       "the complaint"), left unresolved or resolved wrong;</li>
 *   <li>{@code org / statement}: the predicted speaker is an organisation or a document ("a statement")
 *       where the gold speaker is somebody else;</li>
 *   <li>{@code wrong sentence}: the predicted mention stands in another sentence than the gold one;</li>
 *   <li>{@code same mention, other canonical} and {@code wrong mention in sentence}: the rest.</li>
 * </ul>
 * The gold speaker offsets are GGT's {@code orig_speaker_index}, shifted as {@code quote_start} was.
 *
 * args: articles.jsonl [examples per cause]
 */
public final class QuoteSpeakerErrors {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");
    private static final Pattern PAIR = Pattern.compile("-?\\d+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i");

    private record Error(String cause, boolean direct, String line) {
    }

    public static void main(String[] args) throws Exception {
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        ObjectMapper json = new ObjectMapper();
        List<Error> errors = new ArrayList<>();
        int judged = 0;
        int lenient = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            String text = article.path("text").asText();
            List<Claim> quotes = extractor.extract(text, LocalDate.now(), "en").claimSet().getClaimsList().stream()
                    .filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE || c.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                    .toList();
            for (JsonNode g : article.path("quotes")) {
                if (g.path("quote_start").isNull() || g.path("quote_start").asInt(-1) < 0) {
                    continue;
                }
                int start = g.path("quote_start").asInt();
                int end = start + g.path("quote").asText().length();
                Claim c = best(quotes, start, end);
                String goldName = g.path("speaker_canonical").asText("").isEmpty() ? g.path("speaker").asText("") : g.path("speaker_canonical").asText();
                if (c == null || goldName.isEmpty()) {
                    continue;
                }
                judged++;
                Speaker sp = c.getSpeaker();
                String name = sp.getCanonicalName().isEmpty() ? sp.getText() : sp.getCanonicalName();
                if (c.hasSpeaker() && lastWord(name).equals(lastWord(goldName))) {
                    lenient++;
                    continue;
                }
                // quote_score.py's lenient: the predicted mention's last word is the gold mention's
                boolean mentionRight = c.hasSpeaker() && !g.path("speaker").asText("").isEmpty()
                        && lastWord(sp.getText()).equals(lastWord(g.path("speaker").asText("")));
                lenient += mentionRight ? 1 : 0;
                int[] goldSpan = goldSpeakerSpan(g, text);
                String cause = cause(c, g.path("speaker").asText(""), goldName, goldSpan, text);
                String context = text.substring(Math.max(0, start - 160), Math.min(text.length(), end + 40)).replace('\n', '|');
                errors.add(new Error(cause, g.path("direct").asBoolean(false), String.format("[%s] gold %s (%s) | predicted %s (%s, %s) | ...%s...",
                        article.path("id").asText().substring(18), goldName, g.path("speaker").asText(""), sp.getCanonicalName(), sp.getText(),
                        sp.getSieve().isEmpty() ? c.getKind().name().replace("CLAIM_KIND_", "").toLowerCase(Locale.ROOT) : sp.getSieve(), context)));
            }
        }
        Map<String, List<Error>> byCause = new TreeMap<>();
        errors.forEach(e -> byCause.computeIfAbsent(e.cause(), k -> new ArrayList<>()).add(e));
        System.out.printf("speaker errors %d of %d judged gold quotes (strict %.3f, lenient %.3f)%n", errors.size(), judged,
                1 - errors.size() / (double) Math.max(1, judged), lenient / (double) Math.max(1, judged));
        byCause.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            long direct = e.getValue().stream().filter(Error::direct).count();
            System.out.printf("%n== %s: %d (direct %d)%n", e.getKey(), e.getValue().size(), direct);
            e.getValue().stream().limit(examples).forEach(x -> System.out.println("  " + (x.direct() ? "D " : "I ") + x.line()));
        });
    }

    private static Claim best(List<Claim> quotes, int start, int end) {
        Claim best = null;
        double bestCover = 0.3;
        for (Claim c : quotes) {
            double cover = (Math.min(end, c.getSpan().getEnd()) - Math.max(start, c.getSpan().getStart())) / (double) Math.max(1, end - start);
            if (cover > bestCover) {
                best = c;
                bestCover = cover;
            }
        }
        return best;
    }

    /** GGT's speaker offsets are into the original text; quote_start was shifted from orig_quote_index, so shift alike. */
    private static int[] goldSpeakerSpan(JsonNode g, String text) {
        List<Integer> quote = numbers(g.path("orig_quote_index").asText(""));
        List<Integer> speaker = numbers(g.path("orig_speaker_index").asText(""));
        if (quote.size() < 2 || speaker.size() < 2) {
            return null;
        }
        int shift = g.path("quote_start").asInt() - quote.get(0);
        int s = speaker.get(0) + shift;
        int e = speaker.get(1) + shift;
        return s >= 0 && e <= text.length() && s < e ? new int[] {s, e} : null;
    }

    private static List<Integer> numbers(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = PAIR.matcher(s);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    private static String cause(Claim c, String goldMention, String goldName, int[] goldSpan, String text) {
        if (!c.hasSpeaker()) {
            return "no speaker";
        }
        Speaker sp = c.getSpeaker();
        String predicted = sp.getText();
        if (goldMention.contains(" and ") || predicted.contains(" and ") || goldMention.contains(" & ")) {
            return "coordination";
        }
        int ps = sp.getSpan().getStart();
        int pe = sp.getSpan().getEnd();
        String goldLast = lastWord(goldName);
        if (pe <= text.length()) {
            String after = text.substring(pe, Math.min(text.length(), pe + 50));
            String untilBreak = after.split("[.,;:\n\"“”]")[0];
            if (lastWords(untilBreak).contains(goldLast)) {
                return "premodified name";
            }
        }
        boolean sameMention = goldSpan != null && ps < goldSpan[1] && goldSpan[0] < pe;
        String goldLower = goldMention.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(goldLower)) {
            return sameMention ? "pronoun (resolved wrong)" : "pronoun (other mention taken)";
        }
        if (!goldMention.isEmpty() && Character.isLowerCase(goldMention.strip().charAt(0)) || goldLower.startsWith("the ")) {
            return sameMention ? "role NP (unresolved or wrong)" : "role NP (other mention taken)";
        }
        if (sp.getType() == io.crosscheck.common.v1.EntityType.ENTITY_TYPE_ORGANIZATION || predicted.toLowerCase(Locale.ROOT).contains("statement")) {
            return "org / statement";
        }
        if (sameMention) {
            return "same mention, other canonical";
        }
        if (goldSpan != null && !sameSentence(text, Math.min(ps, goldSpan[0]), Math.max(pe, goldSpan[1]))) {
            return "wrong sentence";
        }
        return "wrong mention in sentence";
    }

    private static boolean sameSentence(String text, int from, int to) {
        String between = text.substring(Math.max(0, from), Math.min(text.length(), to));
        return !between.contains("\n") && !between.matches("(?s).*[.?!][\"”]?\\s+[A-Z\"“].*");
    }

    private static Set<String> lastWords(String s) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The last word of a name, accents and case folded, as quote_score.py's last(). */
    private static String lastWord(String name) {
        Matcher m = WORD.matcher(fold(name));
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }
}
