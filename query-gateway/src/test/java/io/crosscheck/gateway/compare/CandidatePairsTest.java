package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The primitive-key blocking gives exactly the pairs, in exactly the order, of the general one. */
class CandidatePairsTest {

    @Test
    void longKeysGiveThePairsOfBoxedKeysInTheSameOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            int keySpace = 1 + random.nextInt(300);
            long[][] keys = new long[n][];
            for (int i = 0; i < n; i++) {
                keys[i] = new long[random.nextInt(12)];
                for (int k = 0; k < keys[i].length; k++) {
                    // Large, negative and colliding values: the table must tell them apart.
                    keys[i][k] = (random.nextInt(keySpace) - keySpace / 2) * 0x1_0000_0001L;
                }
            }
            int maxPerKey = 2 + random.nextInt(n + 2);
            CandidatePairs.PairFilter filter = (i, j) -> (i * 31 + j) % 5 != 0;
            List<int[]> byLongs = CandidatePairs.ofLongs(n, i -> keys[i], maxPerKey, filter);
            List<int[]> byObjects = CandidatePairs.of(n, i -> {
                List<Long> boxed = new ArrayList<>();
                for (long k : keys[i]) {
                    boxed.add(k);
                }
                return boxed;
            }, maxPerKey, filter);
            assertThat(byLongs).as("round %d", round).hasSameSizeAs(byObjects);
            for (int p = 0; p < byLongs.size(); p++) {
                assertThat(byLongs.get(p)).containsExactly(byObjects.get(p));
            }
        }
    }
}
