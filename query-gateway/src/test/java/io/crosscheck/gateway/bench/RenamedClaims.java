package io.crosscheck.gateway.bench;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.crosscheck.article.v1.ArticleClaims;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.extraction.v1.DescribeExtractorRequest;
import io.crosscheck.extraction.v1.ExtractionServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Stores claims for renamed copies of extracted stories straight into article-service, so the compare
 * benchmark can fill a store of 100,000 articles without extracting each one (about 17 articles a
 * second on two cores). A copy's claims are its source's claims as the extractor stored them, with
 * every string in them renamed as the copy's text was (same lengths, so every offset holds) and the
 * sentence embeddings kept: the gateway then reads and compares them exactly as it does extracted ones.
 */
final class RenamedClaims implements AutoCloseable {
    private static final int FETCH_BATCH = 500;
    private static final int WRITERS = 8;

    private final ManagedChannel store;
    private final ManagedChannel extraction;
    private final ArticleServiceGrpc.ArticleServiceBlockingStub articles;
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    private final List<Future<?>> pending = new ArrayList<>();
    private final String extractorVersion;

    RenamedClaims(String articleServiceTarget, String extractionServiceTarget) {
        this.store = ManagedChannelBuilder.forTarget(articleServiceTarget).usePlaintext()
                .maxInboundMessageSize(256 << 20).build();
        this.extraction = ManagedChannelBuilder.forTarget(extractionServiceTarget).usePlaintext().build();
        this.articles = ArticleServiceGrpc.newBlockingStub(store);
        this.extractorVersion = ExtractionServiceGrpc.newBlockingStub(extraction)
                .describeExtractor(DescribeExtractorRequest.getDefaultInstance()).getExtractorVersion();
    }

    /** The stored claims of the current extractor version for these articles, by article id; all must have some. */
    Map<String, ClaimSet> fetch(List<String> articleIds) {
        Map<String, ClaimSet> found = new HashMap<>();
        for (int from = 0; from < articleIds.size(); from += FETCH_BATCH) {
            var answer = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder().setExtractorVersion(extractorVersion)
                    .addAllArticleIds(articleIds.subList(from, Math.min(articleIds.size(), from + FETCH_BATCH))).build());
            if (answer.getMissingArticleIdsCount() > 0) {
                throw new IllegalStateException("no stored claims for " + answer.getMissingArticleIdsList());
            }
            for (ArticleClaims c : answer.getFoundList()) {
                found.put(c.getArticleId(), c.getClaimSet());
            }
        }
        return found;
    }

    /** Stores the source's claims, renamed, as the copy's (asynchronously; {@link #awaitStored} waits). */
    void putRenamed(String copyArticleId, ClaimSet source, FictionalStories.Renaming renaming) {
        FictionalStories.Renaming claimRenaming = renaming.withLowerCase();
        pending.add(writers.submit(() -> articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(copyArticleId)
                .setClaimSet((ClaimSet) renamedStrings(source, claimRenaming::apply)).build())));
    }

    void awaitStored() throws Exception {
        for (Future<?> f : pending) {
            f.get();
        }
        pending.clear();
    }

    /** Every string field of the message and its sub-messages passed through {@code rename}; other fields as they were. */
    static Message renamedStrings(Message message, UnaryOperator<String> rename) {
        Message.Builder b = message.toBuilder();
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor f = field.getKey();
            if (f.getJavaType() != FieldDescriptor.JavaType.STRING && f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            UnaryOperator<Object> change = f.getJavaType() == FieldDescriptor.JavaType.STRING
                    ? v -> rename.apply((String) v)
                    : v -> renamedStrings((Message) v, rename);
            if (f.isRepeated()) {
                List<?> values = (List<?>) field.getValue();
                for (int i = 0; i < values.size(); i++) {
                    b.setRepeatedField(f, i, change.apply(values.get(i)));
                }
            } else {
                b.setField(f, change.apply(field.getValue()));
            }
        }
        return b.build();
    }

    @Override
    public void close() {
        writers.shutdownNow();
        store.shutdownNow();
        extraction.shutdownNow();
    }
}
