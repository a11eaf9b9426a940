package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns groups of sentences or figures into the clusters answers show: mentions, outlets, how many independent
 * sources stand behind the claim, the one speaker they agree on, and a summary from the most central sentence.
 */
final class ClusterAssembler {
    private static final int SUMMARY_CHARS = 240;

    private final ComparisonScope scope;
    private final UnionFind sources;

    /**
     * @param sources articles joined when they are one source: the same outlet, or rewrites of one another
     */
    ClusterAssembler(ComparisonScope scope, UnionFind sources) {
        this.scope = scope;
        this.sources = sources;
    }

    Comparison.ClaimCluster statements(List<Integer> members) {
        List<Statement> statements = members.stream().map(scope.statements::get).toList();
        Statement central = statements.get(0);
        double best = -1;
        for (Statement s : statements) {
            double sum = 0;
            for (Statement o : statements) {
                sum += s == o ? 0 : scope.similarity(s, o);
            }
            if (sum > best) {
                best = sum;
                central = s;
            }
        }
        List<Mention> mentions = statements.stream().map(Statement::mention).distinct().toList();
        // A clause speaks for itself ("The ship struck the bridge"); a sentence is shown whole.
        String summary = central.sentenceOf() != null ? central.mention().text() : central.sentence();
        return cluster("statement", summary(summary), speaker(statements), mentions);
    }

    Comparison.ClaimCluster figures(Fact.ValueSide side) {
        List<Statement> statements = side.figures().stream().map(Figure::statement).distinct().toList();
        return cluster("figure", side.label() + ": " + summary(side.figures().get(0).statement().sentence()),
                speaker(statements), FigureConflicts.mentions(side.figures()));
    }

    private Comparison.ClaimCluster cluster(String basis, String summary, String speaker, List<Mention> mentions) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<Integer> independent = new HashSet<>();
        for (Mention m : mentions) {
            outlets.add(m.outlet());
            independent.add(sources.find(scope.article(m.articleId())));
        }
        return new Comparison.ClaimCluster(id(mentions), basis, summary, speaker, List.copyOf(outlets), independent.size(),
                independent.size() >= 2, mentions);
    }

    /** The named speaker most of the sentences that have one agree on, or null. */
    private static String speaker(List<Statement> statements) {
        List<SpeakerName> named = statements.stream().map(Statement::speaker).filter(s -> s != null).toList();
        if (named.isEmpty() || named.size() * 2 < statements.size()) {
            return null;
        }
        Map<String, Integer> spellings = new HashMap<>();
        for (SpeakerName s : named) {
            if (!s.sameAs(named.get(0))) {
                return null;
            }
            spellings.merge(s.canonical(), 1, Integer::sum);
        }
        return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static String summary(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= SUMMARY_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS - 1);
        return s.substring(0, cut > 0 ? cut : SUMMARY_CHARS - 1) + "…";
    }

    /** A stable id from the mentions, so the same cluster keeps its id from one answer to the next. */
    private static String id(List<Mention> mentions) {
        List<String> keys = new ArrayList<>();
        for (Mention m : mentions) {
            keys.add(m.articleId() + ":" + m.start() + ":" + m.end());
        }
        keys.sort(String::compareTo);
        long h = 0x84222325CBF29CE4L;
        for (String k : keys) {
            h = ShingleSketch.mix(h ^ k.hashCode()) + k.length();
        }
        return String.format("c%012x", h & 0xFFFFFFFFFFFFL);
    }
}
