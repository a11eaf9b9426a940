package io.crosscheck.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.CorefAnnotator;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's own coreference against the speaker sieves on the hard cases of quotes-dev and attribution-dev (issue 16,
 * item 2). Writes one JSON line per gold case and per article; {@code eval/coref_compare.py} scores them into the
 * table of extraction-service/README.md ("CoreNLP coreference against the speaker rules").
 *
 * <p><b>Which gold quotes are hard.</b> The speaker as written at the quote is the gold mention: on attribution-dev
 * the {@code Source} span of the attribution (PolNeAR), on quotes-dev the gold {@code speaker} mention (its
 * {@code orig_speaker_index} moved by the difference between {@code quote_start} and {@code orig_quote_index}, else
 * the occurrence of the {@code speaker} text nearest the quote). That span is tagged and parsed with the service's own
 * CoreNLP settings, and its <i>head</i> is the token of the span whose governor lies outside it (the last such token
 * on ties). The case is hard when the head's part of speech is a pronoun ({@code PRP}, {@code WP}: "he", "she", "it",
 * "they", "who") or a common noun ({@code NN}, {@code NNS}: "the mayor", "the team", "the ministry", "the 26-year-old
 * right wing", "South Korean officials"); a proper-name head ({@code NNP}, {@code NNPS}: "Scheer", "Minister Carolyn
 * Bennett", "Clinton's campaign" is headed by "campaign" and so hard) or anything else is not. The rule reads only
 * the gold span and the parse, never either system's answer.
 *
 * <p><b>Our answer.</b> The extractor in process (current sieves): on quotes-dev the direct or indirect quote claim
 * covering most of the gold quote above 0.3 (quote_score.py); on attribution-dev the direct-quote claim with a speaker
 * overlapping the gold content most, else any claim with a speaker (attribution_per_sieve.py). The answer is the
 * speaker's canonical name, else its text. It is <i>unresolved</i> when that answer is a pronoun, begins with a
 * determiner or possessive ("the", "a", "his", …) or ends in a lower-case word: a role or pronoun left as written.
 *
 * <p><b>CoreNLP's answer.</b> The text is annotated once with the service's annotators and settings
 * (tokenize..depparse, 3-class NER, no SUTime), untimed, since production already pays for that analysis; then each
 * coreference algorithm ({@code coref.algorithm}; mention detection on the dependency parse, {@code coref.md.type=dep},
 * for statistical, fastneural and neural, as the service runs no constituency parser) annotates a copy of it, timed. A speaker mention maps
 * to the coreference mention whose head token lies inside it (the shortest), else to the one overlapping it most.
 * CoreNLP's answer is, in its chain, the nearest proper-name mention before the speaker mention whose head is PERSON
 * or ORGANIZATION, else any nearest proper-name mention before it, else the representative mention when it is a
 * proper name, else the first proper-name mention after it, else the representative mention as written; a mention in
 * no chain stays as written. It is computed twice: from our speaker mention (what a coreference sieve in the chain
 * would see) and from the gold mention (coreference's resolution alone, without our mention finding: an upper bound).
 *
 * <p><b>Cost.</b> Per article the wall time of {@code NewsExtractor.extract} (ours) and of each coreference annotator
 * on the analysed copy, alternating on the same article in the same JVM; the first articles warm both up first.
 * An article "needs coreference" (the gated option) when any of our direct or indirect quote claims has an
 * unresolved speaker.
 *
 * <p>The deterministic system (coref.algorithm has no deterministic choice for English in 4.5.10: {@code hybrid} is
 * refused) runs as the {@code dcoref} annotator, which needs constituency trees; its time includes the PCFG parse.
 *
 * <p>args: sharedDir outFile algorithms(comma-separated: statistical, fastneural, neural, dcoref) [every n-th article]
 */
public final class CorefComparison {
    private static final Pattern ANN = Pattern.compile("_[0-9a-f]{4}\\.ann$");
    private static final Pattern DATE_IN_NAME = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "i", "we", "you", "him", "her", "them",
            "us", "me", "who", "which", "that", "his", "its", "their", "this", "these", "those");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "that", "these", "those", "some", "several", "one", "another", "other", "many", "most", "all",
            "both", "each", "any");
    private static final int WARM_UP = 3;

    private record GoldCase(String id, int contentStart, int contentEnd, int mentionStart, int mentionEnd, String mention,
            String goldSpeaker, boolean direct) {
    }

    private record Article(String corpus, String name, String text, LocalDate published, List<GoldCase> cases) {
    }

    private record CorefAnswer(String text, String kind) {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> algorithms = List.of(args[2].split(","));
        // The two corpora take turns, so that a run cut short still covers both.
        List<Article> attribution = attributionDev(shared.resolve("corpus/attribution-dev"));
        List<Article> ggt = quotesDev(shared.resolve("corpus/quotes-dev/ggt-dev.jsonl"));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < Math.max(attribution.size(), ggt.size()); i++) {
            if (i < attribution.size()) {
                articles.add(attribution.get(i));
            }
            if (i < ggt.size()) {
                articles.add(ggt.get(i));
            }
        }
        if (args.length > 3) { // a smoke run: every n-th article only
            int every = Integer.parseInt(args[3]);
            articles = java.util.stream.IntStream.range(0, articles.size()).filter(i -> i % every == 0).mapToObj(articles::get).toList();
        }

        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        StanfordCoreNLP analysis = new StanfordCoreNLP(analysisProperties());
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
        Map<String, Annotator> corefs = new LinkedHashMap<>();
        for (String algorithm : algorithms) {
            Properties p = analysisProperties();
            if (algorithm.equals("dcoref")) {
                // The deterministic sieves (Lee et al. 2013) exist only as the old dcoref annotator, which reads
                // constituency trees: the PCFG parser runs first and is timed with it.
                p.setProperty("annotators", "parse,dcoref");
                p.setProperty("enforceRequirements", "false");
                p.setProperty("parse.maxlen", "100");
                long t0 = System.nanoTime();
                corefs.put(algorithm, new StanfordCoreNLP(p));
                System.err.printf("loaded parse,dcoref in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                continue;
            }
            p.setProperty("coref.algorithm", algorithm);
            p.setProperty("coref.md.type", "dep");
            // Neural and deterministic default to constituency trees, which the service never builds; their
            // default mention model then is the constituency one (md-model.ser), which fails to load on the dependency
            // mention finder. Dependency parses for all four.
            p.setProperty("coref.useConstituencyParse", "false");
            p.setProperty("coref.language", "en");
            long t0 = System.nanoTime();
            corefs.put(algorithm, new CorefAnnotator(p));
            System.err.printf("loaded coref %s in %.1f s%n", algorithm, (System.nanoTime() - t0) / 1e9);
        }
        for (Article a : articles.subList(0, WARM_UP)) {
            extractor.extract(a.text(), a.published(), "en");
            Annotation doc = new Annotation(a.text());
            analysis.annotate(doc);
            for (Annotator c : corefs.values()) {
                try {
                    c.annotate(serializer.fromProto(serializer.toProto(doc)));
                } catch (RuntimeException failure) {
                    System.err.println("warm-up: " + failure);
                }
            }
        }

        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            int done = 0;
            Map<String, Integer> failures = new TreeMap<>();
            for (Article a : articles) {
                long t0 = System.nanoTime();
                List<Claim> claims = extractor.extract(a.text(), a.published(), "en").claimSet().getClaimsList();
                double oursMs = (System.nanoTime() - t0) / 1e6;
                Annotation analysed = new Annotation(a.text());
                analysis.annotate(analysed);
                CoreNLPProtos.Document proto = serializer.toProto(analysed);
                Map<String, Double> corefMs = new LinkedHashMap<>();
                Map<String, Annotation> corefDocs = new LinkedHashMap<>();
                for (Map.Entry<String, Annotator> e : corefs.entrySet()) {
                    Annotation copy = serializer.fromProto(proto);
                    long t1 = System.nanoTime();
                    try {
                        e.getValue().annotate(copy);
                        corefDocs.put(e.getKey(), copy);
                    } catch (RuntimeException failure) { // counted per algorithm; its answers stay missing
                        if (failures.merge(e.getKey(), 1, Integer::sum) == 1) {
                            failure.printStackTrace();
                        }
                    }
                    corefMs.put(e.getKey(), (System.nanoTime() - t1) / 1e6);
                }
                List<Claim> quotes = claims.stream().filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE
                        || c.getKind() == ClaimKind.CLAIM_KIND_INDIRECT_QUOTE).toList();
                boolean needsCoref = quotes.stream().anyMatch(c -> c.hasSpeaker() && unresolved(answer(c.getSpeaker())));
                ObjectNode row = json.createObjectNode();
                row.put("type", "article").put("corpus", a.corpus()).put("name", a.name()).put("chars", a.text().length())
                        .put("ours_ms", oursMs).put("needs_coref", needsCoref);
                ObjectNode ms = row.putObject("coref_ms");
                corefMs.forEach(ms::put);
                w.write(json.writeValueAsString(row));
                w.newLine();
                for (GoldCase g : a.cases()) {
                    w.write(json.writeValueAsString(caseRow(json, a, g, analysed, claims, quotes, corefDocs)));
                    w.newLine();
                }
                w.flush();
                done++;
                if (done % 10 == 0) {
                    System.err.printf("%d/%d articles, coreference failures %s%n", done, articles.size(), failures);
                }
            }
        }
    }

    private static ObjectNode caseRow(ObjectMapper json, Article a, GoldCase g, Annotation analysed, List<Claim> claims,
            List<Claim> quotes, Map<String, Annotation> corefDocs) {
        ObjectNode row = json.createObjectNode();
        row.put("type", "case").put("corpus", a.corpus()).put("name", a.name()).put("id", g.id())
                .put("content_start", g.contentStart()).put("direct", g.direct()).put("mention", g.mention())
                .put("mention_start", g.mentionStart()).put("gold", g.goldSpeaker());
        CoreLabel head = head(analysed, g.mentionStart(), g.mentionEnd());
        String pos = head == null ? "" : head.tag();
        row.put("head", head == null ? "" : head.originalText()).put("head_pos", pos)
                .put("hard", pos.equals("PRP") || pos.equals("WP") || pos.equals("NN") || pos.equals("NNS"));
        row.put("context", a.text().substring(Math.max(0, g.mentionStart() - 60), Math.min(a.text().length(), g.mentionEnd() + 20))
                .replace('\n', ' '));
        Claim ours = a.corpus().equals("quotes-dev") ? coveringMost(quotes, g) : directWithSpeaker(claims, g);
        if (ours != null && ours.hasSpeaker()) {
            Speaker s = ours.getSpeaker();
            row.put("ours", answer(s)).put("ours_text", s.getText()).put("ours_sieve", s.getSieve())
                    .put("ours_kind", ours.getKind().name()).put("ours_unresolved", unresolved(answer(s)));
        } else {
            row.put("ours", "").put("ours_unresolved", true).put("ours_found", ours != null);
        }
        ObjectNode viaOurs = row.putObject("coref");
        ObjectNode viaGold = row.putObject("coref_gold_mention");
        for (Map.Entry<String, Annotation> e : corefDocs.entrySet()) {
            row.withArray("coref_ok").add(e.getKey());
            if (ours != null && ours.hasSpeaker()) {
                CorefAnswer c = corefAnswer(e.getValue(), a.text(), ours.getSpeaker().getSpan().getStart(),
                        ours.getSpeaker().getSpan().getEnd());
                viaOurs.putObject(e.getKey()).put("answer", c.text()).put("kind", c.kind());
            }
            CorefAnswer c = corefAnswer(e.getValue(), a.text(), g.mentionStart(), g.mentionEnd());
            viaGold.putObject(e.getKey()).put("answer", c.text()).put("kind", c.kind());
        }
        return row;
    }

    /** The service's analysis (CoreNlpAnalyzer's settings), as one pipeline the coreference annotators can follow. */
    private static Properties analysisProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", CoreNlpAnalyzer.NEWS_ANNOTATORS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.docdate.useFixedDate", "false");
        return props;
    }

    /** Speaker's answer as quote_score.py reads it: canonical name, else the mention as written. */
    private static String answer(Speaker s) {
        return s.getCanonicalName().isEmpty() ? s.getText() : s.getCanonicalName();
    }

    /** A pronoun or a role left as written: no name was found for it. */
    static boolean unresolved(String answer) {
        String a = answer.strip();
        if (a.isEmpty()) {
            return true;
        }
        String[] words = a.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1];
        return PRONOUNS.contains(a.toLowerCase(Locale.ROOT)) || DETERMINERS.contains(first)
                || Character.isLowerCase(last.codePointAt(0));
    }

    /** quote_score.py: the quote claim covering the largest share of the gold quote, above 0.3. */
    private static Claim coveringMost(List<Claim> quotes, GoldCase g) {
        Claim best = null;
        double bestCover = 0.3;
        for (Claim c : quotes) {
            double cover = (Math.min(g.contentEnd(), c.getSpan().getEnd()) - Math.max(g.contentStart(), c.getSpan().getStart()))
                    / (double) Math.max(1, g.contentEnd() - g.contentStart());
            if (cover > bestCover) {
                best = c;
                bestCover = cover;
            }
        }
        return best;
    }

    /** attribution_per_sieve.py: the direct-quote claim with a speaker overlapping the gold content most, else any claim with one. */
    private static Claim directWithSpeaker(List<Claim> claims, GoldCase g) {
        List<Claim> spoken = claims.stream().filter(c -> c.hasSpeaker() && overlap(c, g) > 0).toList();
        List<Claim> quoted = spoken.stream().filter(c -> c.getKind() == ClaimKind.CLAIM_KIND_DIRECT_QUOTE).toList();
        return (quoted.isEmpty() ? spoken : quoted).stream().max(Comparator.comparingInt(c -> overlap(c, g))).orElse(null);
    }

    private static int overlap(Claim c, GoldCase g) {
        return Math.max(0, Math.min(g.contentEnd(), c.getSpan().getEnd()) - Math.max(g.contentStart(), c.getSpan().getStart()));
    }

    /** The token of [start, end) whose governor lies outside it (the last such token); null when no token lies inside. */
    private static CoreLabel head(Annotation doc, int start, int end) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            CoreLabel head = null;
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < start || t.endPosition() > end) {
                    continue;
                }
                IndexedWord w = graph == null ? null : graph.getNodeByIndexSafe(t.index());
                IndexedWord governor = w == null ? null : graph.getParent(w);
                if (governor == null || governor.beginPosition() < start || governor.endPosition() > end) {
                    head = t;
                }
            }
            if (head != null) {
                return head;
            }
        }
        return null;
    }

    /** CoreNLP's answer for the mention at [start, end): see the class comment. */
    private static CorefAnswer corefAnswer(Annotation doc, String text, int start, int end) {
        Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String asWritten = text.substring(start, end);
        if (chains == null) {
            return new CorefAnswer(asWritten, "no-chains");
        }
        CorefChain found = null;
        CorefChain.CorefMention foundMention = null;
        int bestScore = Integer.MIN_VALUE;
        for (CorefChain chain : chains.values()) {
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
                CoreLabel h = tokens.get(m.headIndex - 1);
                int ms = tokens.get(m.startIndex - 1).beginPosition();
                int me = tokens.get(m.endIndex - 2).endPosition();
                int score;
                if (h.beginPosition() >= start && h.endPosition() <= end) {
                    score = 1_000_000 - (me - ms); // head inside: the shortest such mention
                } else {
                    score = Math.min(end, me) - Math.max(start, ms); // else the largest overlap
                    if (score <= 0) {
                        continue;
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    found = chain;
                    foundMention = m;
                }
            }
        }
        if (found == null) {
            return new CorefAnswer(asWritten, "no-mention");
        }
        if (found.getMentionsInTextualOrder().size() < 2) {
            return new CorefAnswer(asWritten, "singleton");
        }
        CorefChain.CorefMention before = null;
        CorefChain.CorefMention beforeAny = null;
        CorefChain.CorefMention after = null;
        for (CorefChain.CorefMention m : found.getMentionsInTextualOrder()) {
            if (m == foundMention || m.mentionType != Dictionaries.MentionType.PROPER) {
                continue;
            }
            boolean precedes = m.sentNum < foundMention.sentNum
                    || (m.sentNum == foundMention.sentNum && m.startIndex < foundMention.startIndex);
            if (precedes) {
                beforeAny = m;
                String ner = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class).get(m.headIndex - 1).ner();
                if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
                    before = m;
                }
            } else if (after == null) {
                after = m;
            }
        }
        CorefChain.CorefMention representative = found.getRepresentativeMention();
        if (before != null) {
            return new CorefAnswer(span(sentences, before), "proper-before");
        }
        if (beforeAny != null) {
            return new CorefAnswer(span(sentences, beforeAny), "proper-before");
        }
        if (representative.mentionType == Dictionaries.MentionType.PROPER) {
            return new CorefAnswer(span(sentences, representative), "proper-representative");
        }
        if (after != null) {
            return new CorefAnswer(span(sentences, after), "proper-after");
        }
        return new CorefAnswer(span(sentences, representative), "nominal-representative");
    }

    /** A chain mention's words, without a trailing possessive ("Clinton 's" → "Clinton"). */
    private static String span(List<CoreMap> sentences, CorefChain.CorefMention m) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        int last = m.endIndex - 2;
        while (last > m.startIndex - 1 && (tokens.get(last).tag().equals("POS") || tokens.get(last).originalText().matches("['’]s?"))) {
            last--;
        }
        StringBuilder b = new StringBuilder();
        for (int i = m.startIndex - 1; i <= last; i++) {
            b.append(i > m.startIndex - 1 ? " " : "").append(tokens.get(i).originalText());
        }
        return b.toString();
    }

    /** attribution-dev as attribution_score.py reads it: the first annotator per article, direct quotes with a source. */
    private static List<Article> attributionDev(Path dir) throws Exception {
        Map<String, Path> firstAnnotation = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                firstAnnotation.putIfAbsent(ANN.matcher(ann.getFileName().toString()).replaceAll(""), ann);
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            String text = Files.readString(dir.resolve(e.getKey() + ".txt"));
            Map<String, int[]> spans = new LinkedHashMap<>();
            List<Map<String, String>> relations = new ArrayList<>();
            for (String line : Files.readAllLines(e.getValue())) {
                String[] p = line.split("\t");
                if (p[0].startsWith("T")) {
                    String[] rng = p[1].replace(';', ' ').split(" ");
                    int lo = Integer.MAX_VALUE;
                    int hi = Integer.MIN_VALUE;
                    for (int i = 1; i < rng.length; i++) {
                        lo = Math.min(lo, Integer.parseInt(rng[i]));
                        hi = Math.max(hi, Integer.parseInt(rng[i]));
                    }
                    spans.put(p[0], new int[] {lo, hi});
                } else if (p[0].startsWith("E")) {
                    Map<String, String> parts = new LinkedHashMap<>();
                    for (String x : p[1].split(" ")) {
                        int colon = x.indexOf(':');
                        if (colon > 0) {
                            parts.put(x.substring(0, colon), x.substring(colon + 1));
                        }
                    }
                    relations.add(parts);
                }
            }
            List<GoldCase> cases = new ArrayList<>();
            for (Map<String, String> r : relations) {
                int[] c = spans.get(r.get("Content"));
                int[] s = spans.get(r.get("Source"));
                if (c == null || s == null) {
                    continue;
                }
                String content = text.substring(c[0], c[1]);
                boolean direct = content.contains("“") || content.contains("”") || content.contains("\"");
                if (direct) {
                    cases.add(new GoldCase(e.getKey() + "@" + c[0], c[0], c[1], s[0], s[1], text.substring(s[0], s[1]), "", true));
                }
            }
            Matcher m = DATE_IN_NAME.matcher(e.getKey() + "_");
            articles.add(new Article("attribution-dev", e.getKey(), text, m.find() ? LocalDate.parse(m.group(1)) : LocalDate.of(2016, 10, 1),
                    cases));
        }
        return articles;
    }

    /** quotes-dev as quote_score.py reads it: gold quotes with a start and a speaker. */
    private static List<Article> quotesDev(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            String text = a.path("text").asText();
            List<GoldCase> cases = new ArrayList<>();
            int n = 0;
            for (JsonNode q : a.path("quotes")) {
                n++;
                if (!q.path("quote_start").isInt() || q.path("quote_start").asInt() < 0) {
                    continue;
                }
                String speaker = q.path("speaker").asText("");
                String canonical = q.path("speaker_canonical").asText("");
                if (speaker.isEmpty() && canonical.isEmpty()) {
                    continue;
                }
                int start = q.path("quote_start").asInt();
                int end = start + q.path("quote").asText().length();
                int[] mention = mentionOf(text, q, start, speaker);
                if (mention == null) {
                    continue; // the mention cannot be placed: hardness cannot be read
                }
                cases.add(new GoldCase(a.path("id").asText() + "#" + n, start, end, mention[0], mention[1], speaker,
                        canonical.isEmpty() ? speaker : canonical, q.path("direct").asBoolean(false)));
            }
            articles.add(new Article("quotes-dev", a.path("id").asText(), text, LocalDate.of(2019, 1, 1), cases));
        }
        return articles;
    }

    /** The gold speaker mention's span: its original offsets moved as the quote moved, else the nearest occurrence. */
    private static int[] mentionOf(String text, JsonNode q, int quoteStart, String speaker) {
        if (speaker.isEmpty()) {
            return null;
        }
        int[] quoteOrig = pair(q.path("orig_quote_index").asText(""));
        int[] speakerOrig = pair(q.path("orig_speaker_index").asText(""));
        if (quoteOrig != null && speakerOrig != null) {
            int s = speakerOrig[0] + quoteStart - quoteOrig[0];
            if (s >= 0 && s + speaker.length() <= text.length() && text.startsWith(speaker, s)) {
                return new int[] {s, s + speaker.length()};
            }
        }
        int best = -1;
        for (int i = text.indexOf(speaker); i >= 0; i = text.indexOf(speaker, i + 1)) {
            boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + speaker.length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + speaker.length())));
            if (word && (best < 0 || Math.abs(i - quoteStart) < Math.abs(best - quoteStart))) {
                best = i;
            }
        }
        return best < 0 ? null : new int[] {best, best + speaker.length()};
    }

    private static int[] pair(String s) {
        Matcher m = Pattern.compile("\\((\\d+),\\s*(\\d+)\\)").matcher(s);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private CorefComparison() {
    }
}
