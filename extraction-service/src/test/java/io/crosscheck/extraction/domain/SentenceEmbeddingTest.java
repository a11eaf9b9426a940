package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.SentenceEmbedding;
import io.crosscheck.common.v1.Span;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The real in-process model: paraphrases near, other facts far; one stored vector per claim sentence. */
class SentenceEmbeddingTest {
    private final SentenceEmbedder embedder = MiniLmSentenceEmbedder.shared();

    @Test
    void aParaphraseIsNearerThanAnotherFactOfTheSameStory() {
        List<float[]> v = embedder.embed(List.of(
                "The earthquake flattened homes across the villages of Velmora province.",
                "Houses collapsed in many Velmora villages when the quake struck.",
                "The finance ministry said it would publish the budget next week."));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.2);
        assertThat(norm(v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(v.get(0)).hasSize(384);
    }

    @Test
    void everyClaimSentenceHasOneStoredVectorUnderTheModelsName() {
        String text = "The Harrow County council said 14 bridges needed repairs. Repairs will cost $3.2 million, "
                + "according to the county engineer. Ilse Maren, the mayor, said: \"We cannot wait another winter.\"";
        ClaimSet set = Nlp.claims(text);

        assertThat(set.getEmbeddingModel()).startsWith("all-minilm-l6-v2-q@").doesNotEndWith("unknown");
        Set<Long> sentences = new HashSet<>();
        for (Claim c : set.getClaimsList()) {
            sentences.add(key(c.getSentenceSpan()));
        }
        Set<Long> embedded = new HashSet<>();
        for (SentenceEmbedding e : set.getSentenceEmbeddingsList()) {
            if (e.hasClauseSpan()) {
                continue;
            }
            embedded.add(key(e.getSentenceSpan()));
            assertThat(e.getQuantized().size()).isEqualTo(384);
        }
        assertThat(embedded).isEqualTo(sentences).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSentenceOfSeveralFactsHasOneVectorPerClauseBesideItsOwn() {
        String text = "The ferry Marisol lost power near Velmora harbour and struck the north pier, which collapsed "
                + "into the river within minutes.";
        ClaimSet set = Nlp.claims(text);

        List<SentenceEmbedding> clauses = set.getSentenceEmbeddingsList().stream()
                .filter(SentenceEmbedding::hasClauseSpan).toList();
        assertThat(clauses).extracting(SentenceEmbedding::getClauseText).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(t -> assertThat(t).startsWith("The ferry Marisol").contains("struck the north pier"))
                .anySatisfy(t -> assertThat(t).contains("pier").contains("collapsed"));
        for (SentenceEmbedding c : clauses) {
            assertThat(c.getClauseSpan().getStart()).isGreaterThanOrEqualTo(c.getSentenceSpan().getStart());
            assertThat(c.getClauseSpan().getEnd()).isLessThanOrEqualTo(c.getSentenceSpan().getEnd());
            assertThat(c.getQuantized().size()).isEqualTo(384);
        }
        assertThat(set.getSentenceEmbeddingsList().stream().filter(e -> !e.hasClauseSpan())).hasSize(1);
    }

    @Test
    void aSentenceOfOneFactHasNoClauseVectors() {
        ClaimSet set = Nlp.claims("The Harrow County council approved a budget of $48 million for the coming year.");
        assertThat(set.getSentenceEmbeddingsList()).hasSize(1).noneMatch(SentenceEmbedding::hasClauseSpan);
    }

    @Test
    void quantisedVectorsKeepTheCosine() {
        List<float[]> v = embedder.embed(List.of("Fourteen bridges in Harrow County need repairs.",
                "The county has 14 bridges that must be repaired."));
        byte[] a = SentenceVectors.quantize(v.get(0)).toByteArray();
        byte[] b = SentenceVectors.quantize(v.get(1)).toByteArray();
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (a[i] / 127.0) * (b[i] / 127.0);
        }
        assertThat(dot).isCloseTo(cosine(v.get(0), v.get(1)), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void noSentencesNoWork() {
        assertThat(embedder.embed(List.of())).isEmpty();
    }

    private static long key(Span s) {
        return ((long) s.getStart() << 32) | s.getEnd();
    }

    private static double cosine(float[] x, float[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
        }
        return d / (norm(x) * norm(y));
    }

    private static double norm(float[] x) {
        double n = 0;
        for (float f : x) {
            n += f * f;
        }
        return Math.sqrt(n);
    }
}
