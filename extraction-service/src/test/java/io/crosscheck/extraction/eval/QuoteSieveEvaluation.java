package io.crosscheck.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict speaker accuracy per speaker sieve on quotes-dev (the Gender Gap Tracker's annotated articles), in
 * process: the extractor runs on each article and gold quotes are matched as ../shared/tools/quote_score.py
 * matches them through the gateway — a gold quote is found by the direct or indirect quote claim covering
 * the largest share of it above 0.3; strict = the claim speaker's canonical name (else its text) ends in the
 * gold speaker's last name. Each found gold quote with a speaker counts for the sieve its claim's speaker
 * records (claims no sieve chose show their kind in brackets). The overall lines repeat quote_score.py's.
 *
 * args: articles.jsonl
 */
public final class QuoteSieveEvaluation {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");
    private static final double MIN_COVER = 0.3;

    private record Tally(int[] all, int[] direct) {
        Tally() {
            this(new int[2], new int[2]);
        }
    }

    public static void main(String[] args) throws Exception {
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        ObjectMapper json = new ObjectMapper();
        Map<String, Tally> bySieve = new TreeMap<>();
        int gold = 0;
        int predicted = 0;
        int predictedRight = 0;
        int found = 0;
        int withSpeaker = 0;
        int strict = 0;
        int directWithSpeaker = 0;
        int directStrict = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            List<Claim> quotes = extractor.extract(article.path("text").asText(), LocalDate.now(), "en").claimSet().getClaimsList()
                    .stream().filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE || c.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                    .toList();
            predicted += quotes.size();
            Set<Integer> covered = new HashSet<>();
            for (JsonNode g : article.path("quotes")) {
                if (g.path("quote_start").isMissingNode() || g.path("quote_start").isNull() || g.path("quote_start").asInt() < 0) {
                    continue;
                }
                gold++;
                int start = g.path("quote_start").asInt();
                int end = start + g.path("quote").asText().length();
                int best = -1;
                double bestCover = MIN_COVER;
                for (int i = 0; i < quotes.size(); i++) {
                    Claim c = quotes.get(i);
                    double cover = (Math.min(end, c.getSpan().getEnd()) - Math.max(start, c.getSpan().getStart())) / (double) Math.max(1, end - start);
                    if (cover > bestCover) {
                        best = i;
                        bestCover = cover;
                    }
                }
                if (best < 0) {
                    continue;
                }
                found++;
                covered.add(best);
                String goldSpeaker = g.path("speaker_canonical").asText("").isEmpty() ? g.path("speaker").asText("") : g.path("speaker_canonical").asText();
                if (goldSpeaker.isEmpty()) {
                    continue;
                }
                Claim c = quotes.get(best);
                String name = c.getSpeaker().getCanonicalName().isEmpty() ? c.getSpeaker().getText() : c.getSpeaker().getCanonicalName();
                boolean right = c.hasSpeaker() && lastWord(name).equals(lastWord(goldSpeaker));
                boolean direct = g.path("direct").asBoolean(false);
                String sieve = !c.hasSpeaker() ? "(no speaker)" : c.getSpeaker().getSieve().isEmpty()
                        ? "(" + c.getKind().name().replace("CLAIM_KIND_", "").toLowerCase(Locale.ROOT) + ")" : c.getSpeaker().getSieve();
                Tally t = bySieve.computeIfAbsent(sieve, k -> new Tally());
                t.all()[0]++;
                t.all()[1] += right ? 1 : 0;
                if (direct) {
                    t.direct()[0]++;
                    t.direct()[1] += right ? 1 : 0;
                    directWithSpeaker++;
                    directStrict += right ? 1 : 0;
                }
                withSpeaker++;
                strict += right ? 1 : 0;
            }
            predictedRight += covered.size();
        }
        System.out.printf("%-28s %8s %6s %9s   %s%n", "sieve", "decided", "right", "strict", "direct gold quotes: decided, right");
        bySieve.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().all()[0], a.getValue().all()[0])).forEach(e -> {
            int[] all = e.getValue().all();
            int[] direct = e.getValue().direct();
            System.out.printf("%-28s %8d %6d %9.3f   %d, %d%n", e.getKey(), all[0], all[1], all[1] / (double) Math.max(1, all[0]),
                    direct[0], direct[1]);
        });
        double p = predictedRight / (double) Math.max(1, predicted);
        double r = found / (double) Math.max(1, gold);
        System.out.printf("quotes gold %d predicted %d; quote P %.3f R %.3f F1 %.3f%n", gold, predicted, p, r,
                2 * p * r / Math.max(1e-9, p + r));
        System.out.printf("speaker accuracy strict %d/%d = %.3f; direct-quote speaker accuracy strict %d/%d = %.3f%n", strict,
                withSpeaker, strict / (double) Math.max(1, withSpeaker), directStrict, directWithSpeaker,
                directStrict / (double) Math.max(1, directWithSpeaker));
    }

    /** The last word of a name, accents and case folded, as quote_score.py's last(). */
    private static String lastWord(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(folded);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }
}
