package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocking must not lose a pair it should score, and must not hand out a pair twice. */
class BlockingTest {

    @Test
    void candidatePairsAreThePairsThatShareAKeyEachOnce() {
        List<List<String>> keys = List.of(List.of("a", "b"), List.of("b", "c"), List.of("a", "b", "c"), List.of("d"));
        List<int[]> pairs = CandidatePairs.of(keys.size(), keys::get, 10, (i, j) -> true);
        assertThat(pairs).extracting(p -> p[0] + "-" + p[1]).containsExactlyInAnyOrder("0-1", "0-2", "1-2");
    }

    @Test
    void denseIdKeysPairLikeObjectKeys() {
        int[][] keys = {{0, 1}, {1, 2}, {0, 1, 2}, {3}};
        List<int[]> pairs = CandidatePairs.ofIds(keys.length, 4, i -> keys[i], 10, (i, j) -> true);
        assertThat(pairs).extracting(p -> p[0] + "-" + p[1]).containsExactlyInAnyOrder("0-1", "0-2", "1-2");
    }

    @Test
    void keysHeldByTooManyItemsMakeNoPairs() {
        List<List<String>> keys = List.of(List.of("common", "x"), List.of("common"), List.of("common", "x"));
        List<int[]> pairs = CandidatePairs.of(keys.size(), keys::get, 2, (i, j) -> true);
        assertThat(pairs).extracting(p -> p[0] + "-" + p[1]).containsExactly("0-2");
    }

    @Test
    void prefixFilteringKeepsEveryPairAboveTheThreshold() {
        List<ArticleDigest> digests = new ArrayList<>();
        for (CoverageArticle a : List.of(TerminalFireStory.courier(), TerminalFireStory.gazette(), TerminalFireStory.tribune(),
                TerminalFireStory.ledger())) {
            digests.add(ArticleDigester.digest(a));
        }
        ComparisonScope scope = new ComparisonScope(digests, java.time.Duration.ofDays(7));
        int n = scope.statements.size();
        for (double threshold : new double[] {0.1, 0.25, 0.5}) {
            Set<String> candidates = new HashSet<>();
            for (int[] p : CandidatePairs.ofIds(n, scope.termCount(), i -> scope.prefix(i, threshold), Integer.MAX_VALUE, (i, j) -> true)) {
                candidates.add(p[0] + "-" + p[1]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (scope.vectors[i].cosine(scope.vectors[j]) >= threshold) {
                        assertThat(candidates).as("pair %d-%d at threshold %s", i, j, threshold).contains(i + "-" + j);
                    }
                }
            }
        }
    }
}
