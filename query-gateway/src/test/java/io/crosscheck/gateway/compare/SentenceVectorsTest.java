package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The band keys are what their definition says, however they are computed. */
class SentenceVectorsTest {
    private static final int DIMENSIONS = 384;
    private static final int BANDS = 16;
    private static final int BITS = 8;

    @Test
    void bandKeysAreTheSignsOfTheVectorOnTheSeededGaussianPlanes() {
        float[][] planes = planesByDefinition(BANDS * BITS);
        Random vectors = new Random(7);
        int bitsChecked = 0;
        for (int n = 0; n < 200; n++) {
            float[] v = quantisedUnitVector(vectors);
            long[] keys = SentenceVectors.bandKeys(v, BANDS, BITS);
            assertThat(keys).hasSize(BANDS);
            for (int b = 0; b < BANDS; b++) {
                assertThat(keys[b] >>> 32).as("band index in the high bits").isEqualTo(b);
                for (int k = 0; k < BITS; k++) {
                    double dot = 0;
                    for (int i = 0; i < DIMENSIONS; i++) {
                        dot += planes[b * BITS + k][i] * v[i];
                    }
                    if (Math.abs(dot) < 1e-4) {
                        continue; // float and double sums may round a sign this close to the plane either way
                    }
                    assertThat((keys[b] >>> k & 1L) == 1L).as("vector %d band %d bit %d", n, b, k).isEqualTo(dot >= 0);
                    bitsChecked++;
                }
            }
        }
        assertThat(bitsChecked).isGreaterThan(200 * BANDS * BITS * 99 / 100);
    }

    @Test
    void closeVectorsShareABandAndKeysDoNotDependOnWhatWasAskedBefore() {
        Random random = new Random(11);
        float[] a = quantisedUnitVector(random);
        float[] nearA = a.clone();
        nearA[3] += 0.01f;
        long[] first = SentenceVectors.bandKeys(a, BANDS, BITS);
        SentenceVectors.bandKeys(quantisedUnitVector(random), BANDS, BITS);
        assertThat(SentenceVectors.bandKeys(a.clone(), BANDS, BITS)).containsExactly(first);
        assertThat(SentenceVectors.bandKeys(nearA, BANDS, BITS)).containsAnyOf(first);
    }

    /** Plane j drawn as the j-th run of DIMENSIONS Gaussians from the seed: the definition the keys must follow. */
    private static float[][] planesByDefinition(int count) {
        Random random = new Random(SentenceVectors.HYPERPLANE_SEED);
        float[][] planes = new float[count][DIMENSIONS];
        for (float[] p : planes) {
            for (int i = 0; i < DIMENSIONS; i++) {
                p[i] = (float) random.nextGaussian();
            }
        }
        return planes;
    }

    private static float[] quantisedUnitVector(Random random) {
        double[] g = new double[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            g[i] = random.nextGaussian();
            norm += g[i] * g[i];
        }
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = Math.round(g[i] / Math.sqrt(norm) * 127) / 127f;
        }
        return v;
    }
}
