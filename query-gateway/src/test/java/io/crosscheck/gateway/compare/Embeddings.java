package io.crosscheck.gateway.compare;

import com.google.protobuf.ByteString;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The model extraction uses, for tests that give fictional sentences real embeddings (int8, as stored). */
final class Embeddings {
    static final String MODEL = "all-minilm-l6-v2-q@test";
    private static AllMiniLmL6V2QuantizedEmbeddingModel model;

    private Embeddings() {
    }

    static synchronized ByteString quantized(String sentence) {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        }
        float[] v = model.embed(TextSegment.from(sentence)).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / norm * 127)));
        }
        return ByteString.copyFrom(out);
    }
}
