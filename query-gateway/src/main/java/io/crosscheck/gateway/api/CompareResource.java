package io.crosscheck.gateway.api;

import io.crosscheck.gateway.compare.CompareRequest;
import io.crosscheck.gateway.compare.CoverageService;
import io.crosscheck.gateway.config.GatewayConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Coverage of one story compared across outlets: shared claims, conflicts, rewrites. */
@Path("/api/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "compare")
public class CompareResource {
    private final CoverageService coverage;
    private final GatewayConfig config;

    public CompareResource(CoverageService coverage, GatewayConfig config) {
        this.coverage = coverage;
        this.config = config;
    }

    @GET
    @Operation(summary = "Compare how outlets cover a story",
            description = "Either ids (article ids, comma-separated or repeated; at most compare-max-articles) or a search: q "
                    + "(keywords, all must match; empty matches every article), outlet (repeatable), from/to (publish-time "
                    + "range, ISO-8601), max (most articles, newest first). Claims missing for the current extractor "
                    + "version are extracted in parallel and stored. The answer lists the articles, rewriteGroups "
                    + "(articles derived from one another or from one source text, with their shingle similarity), "
                    + "clusters (claims several articles make, with their mentions and how many independent outlets "
                    + "stand behind them: rewrites of one another count once), conflicts (contradiction: values that "
                    + "cannot both hold; discrepancy: values that differ but can), missing (articles that could not "
                    + "be covered, with the reason and its cause) and possiblyStale (articles compared with their newest "
                    + "stored claims while extraction-service could not give the current ones). Mentions carry start/end of the claim and of its sentence in the "
                    + "article's cleaned text.")
    public CompareJson.Answer compare(@Parameter(description = "article keywords") @QueryParam("q") String q,
            @Parameter(description = "only these outlets (repeatable)") @QueryParam("outlet") List<String> outlets,
            @Parameter(description = "published at or after (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "published before (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "article ids instead of a search (comma-separated or repeated)") @QueryParam("ids") List<String> ids,
            @Parameter(description = "most articles to compare") @QueryParam("max") String max) {
        CompareRequest request = CompareParams.rest(q, outlets, from, to, ids, max, config.compareDefaultArticles(),
                config.compareMaxArticles());
        CoverageService.Outcome outcome = coverage.compare(request);
        return CompareJson.of(outcome.comparison(), outcome.missing(), outcome.possiblyStale());
    }
}
