package io.crosscheck.gateway.api;

import io.crosscheck.common.v1.Span;
import io.crosscheck.gateway.client.BackendException;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.compare.Comparison;
import io.crosscheck.gateway.compare.CoverageService;
import io.crosscheck.gateway.compare.Mention;
import io.crosscheck.gateway.compare.UnknownArticlesException;
import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.gateway.domain.MissingArticle;
import io.crosscheck.gateway.domain.PossiblyStale;
import io.crosscheck.query.v1.MissingCause;
import io.crosscheck.query.v1.PossiblyStaleClaims;
import io.crosscheck.grpc.GrpcErrors;
import io.crosscheck.grpc.MalformedRequests;
import io.crosscheck.query.v1.ClaimCluster;
import io.crosscheck.query.v1.ClusterBasis;
import io.crosscheck.query.v1.CompareRequest;
import io.crosscheck.query.v1.CompareResponse;
import io.crosscheck.query.v1.ComparedArticle;
import io.crosscheck.query.v1.Conflict;
import io.crosscheck.query.v1.ConflictBasis;
import io.crosscheck.query.v1.ConflictKind;
import io.crosscheck.query.v1.ConflictSide;
import io.crosscheck.query.v1.Timeline;
import io.crosscheck.query.v1.TimelinePoint;
import io.crosscheck.query.v1.MutinyQueryServiceGrpc;
import io.crosscheck.query.v1.RewriteGroup;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.util.Locale;

/** The gateway's gRPC face: the same comparison as GET /api/v1/compare, failures as canonical codes. */
@GrpcService
@Blocking
public class QueryGrpcService extends MutinyQueryServiceGrpc.QueryServiceImplBase {
    private static final Logger LOG = Logger.getLogger(QueryGrpcService.class);

    private final CoverageService coverage;
    private final GatewayConfig config;

    public QueryGrpcService(CoverageService coverage, GatewayConfig config) {
        this.coverage = coverage;
        this.config = config;
    }

    /** Request bytes that do not parse are INVALID_ARGUMENT naming the message type (MalformedRequests). */
    @Override
    public ServerServiceDefinition bindService() {
        return MalformedRequests.refused(super.bindService());
    }

    @Override
    public Uni<CompareResponse> compare(CompareRequest request) {
        try {
            CoverageService.Outcome outcome = coverage.compare(query(request, config.compareDefaultArticles(),
                    config.compareMaxArticles()));
            return Uni.createFrom().item(response(outcome));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(status(e));
        }
    }

    /** A request as the comparison it asks for; refused (ProblemException naming the proto field) when it cannot be one. */
    static io.crosscheck.gateway.compare.CompareRequest query(CompareRequest request, int defaultArticles, int maxArticles) {
        return CompareParams.grpc(request.getQuery(), request.getOutletsList(),
                request.hasPublishedAfter() ? RequestParams.instant(request.getPublishedAfter(), "published_after") : null,
                request.hasPublishedBefore() ? RequestParams.instant(request.getPublishedBefore(), "published_before") : null,
                request.getArticleIdsList(), request.getMaxArticles(), defaultArticles, maxArticles);
    }

    /** A failure as the canonical code the client gets (a ProblemException is INVALID_ARGUMENT naming its field). */
    static StatusRuntimeException status(RuntimeException e) {
        if (e instanceof ProblemException p) {
            return GrpcErrors.invalidArgument(p.field(), p.getMessage());
        }
        if (e instanceof UnknownArticlesException u) {
            return GrpcErrors.notFound(u.getMessage());
        }
        if (e instanceof BackendException b) {
            String reason = BackendFailures.describe(b);
            return switch (b.status().getCode()) {
                case UNAVAILABLE -> GrpcErrors.unavailable(reason);
                case RESOURCE_EXHAUSTED -> GrpcErrors.resourceExhausted(reason);
                case INVALID_ARGUMENT, NOT_FOUND -> b.grpcFailure();
                case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED.withDescription(reason).asRuntimeException();
                default -> GrpcErrors.internal(reason);
            };
        }
        LOG.error("Unexpected failure", e);
        return GrpcErrors.internal("unexpected error in query-gateway; the server log has the details");
    }

    static CompareResponse response(CoverageService.Outcome outcome) {
        Comparison c = outcome.comparison();
        CompareResponse.Builder out = CompareResponse.newBuilder();
        for (Comparison.ArticleSummary a : c.articles()) {
            ComparedArticle.Builder article = ComparedArticle.newBuilder().setId(a.id()).setOutlet(a.outlet())
                    .setTitle(a.title()).setUrl(a.url());
            if (a.publishedAt() != null) {
                article.setPublishedTime(Timestamps.of(a.publishedAt()));
            }
            out.addArticles(article);
        }
        for (Comparison.RewriteGroup g : c.rewriteGroups()) {
            out.addRewriteGroups(RewriteGroup.newBuilder().addAllArticleIds(g.articleIds()).setSimilarity(g.similarity())
                    .setContainment(g.containment()));
        }
        for (Comparison.ClaimCluster k : c.clusters()) {
            ClaimCluster.Builder cluster = ClaimCluster.newBuilder().setId(k.id()).setSummary(k.summary())
                    .setSpeakerCanonicalName(k.speaker() == null ? "" : k.speaker()).addAllOutlets(k.outlets())
                    .setIndependentOutlets(k.independentOutlets()).setCorroborated(k.corroborated())
                    .setBasis(k.basis().equals("figure") ? ClusterBasis.CLUSTER_BASIS_FIGURE : ClusterBasis.CLUSTER_BASIS_STATEMENT);
            k.mentions().forEach(m -> cluster.addMentions(mention(m)));
            out.addClusters(cluster);
        }
        for (Comparison.Conflict x : c.conflicts()) {
            Conflict.Builder conflict = Conflict.newBuilder().setAbout(x.about())
                    .setKind(x.kind().equals("contradiction") ? ConflictKind.CONFLICT_KIND_CONTRADICTION
                            : ConflictKind.CONFLICT_KIND_DISCREPANCY)
                    .setBasis(ConflictBasis.valueOf("CONFLICT_BASIS_" + x.basis().toUpperCase(Locale.ROOT)))
                    .setRule(x.rule() == null ? "" : x.rule());
            for (Comparison.Side s : x.sides()) {
                ConflictSide.Builder side = ConflictSide.newBuilder().setValue(s.value())
                        .setSourceCanonicalName(s.source() == null ? "" : s.source());
                s.mentions().forEach(m -> side.addMentions(mention(m)));
                conflict.addSides(side);
            }
            out.addConflicts(conflict);
        }
        for (Comparison.Timeline t : c.timelines()) {
            Timeline.Builder timeline = Timeline.newBuilder().setAbout(t.about()).setUnit(t.unit());
            for (Comparison.TimelinePoint p : t.points()) {
                TimelinePoint.Builder point = TimelinePoint.newBuilder().setArticleId(p.articleId()).setOutlet(p.outlet())
                        .setValue(p.value()).setNumericValue(p.numericValue())
                        .setSourceCanonicalName(p.source() == null ? "" : p.source()).setTimeValue(p.time() == null ? "" : p.time())
                        .setSpan(Span.newBuilder().setStart(p.mention().start()).setEnd(p.mention().end()));
                if (p.published() != null) {
                    point.setPublishedTime(Timestamps.of(p.published()));
                }
                timeline.addPoints(point);
            }
            out.addTimelines(timeline);
        }
        for (MissingArticle m : outcome.missing()) {
            out.addMissing(io.crosscheck.query.v1.MissingArticle.newBuilder().setArticleId(m.articleId())
                    .setOutlet(m.outlet()).setReason(m.reason()).setCause(MissingCause.valueOf("MISSING_CAUSE_" + m.cause().name())));
        }
        for (PossiblyStale s : outcome.possiblyStale()) {
            out.addPossiblyStale(PossiblyStaleClaims.newBuilder().setArticleId(s.articleId()).setOutlet(s.outlet())
                    .setExtractorVersion(s.extractorVersion()).setReason(s.reason()));
        }
        return out.build();
    }

    private static io.crosscheck.query.v1.Mention mention(Mention m) {
        return io.crosscheck.query.v1.Mention.newBuilder().setArticleId(m.articleId()).setOutlet(m.outlet())
                .setSpan(Span.newBuilder().setStart(m.start()).setEnd(m.end())).setText(m.text())
                .setSentenceSpan(Span.newBuilder().setStart(m.sentenceStart()).setEnd(m.sentenceEnd()))
                .setKind(m.kind())
                .setSpeakerCanonicalName(m.speaker() == null ? "" : m.speaker()).build();
    }
}
