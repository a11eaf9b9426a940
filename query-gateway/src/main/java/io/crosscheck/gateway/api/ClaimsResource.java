package io.crosscheck.gateway.api;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.gateway.domain.ArticleWithClaims;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.crosscheck.gateway.domain.ClaimQuery;
import io.crosscheck.gateway.domain.FanOutResult;
import io.crosscheck.gateway.domain.PossiblyStale;
import io.crosscheck.names.NameKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Claims across stored articles: searched, read from the claim store or extracted on the spot, merged. */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims")
public class ClaimsResource {
    private final ClaimFanOut fanOut;
    private final GatewayConfig config;

    public ClaimsResource(ClaimFanOut fanOut, GatewayConfig config) {
        this.fanOut = fanOut;
        this.config = config;
    }

    /**
     * An article the answer covers. extractorVersion: of its claims; possiblyStale: they are its newest stored claims,
     * served while extraction-service could not give those of the current version (the answer's possiblyStale says why).
     */
    public record ArticleRef(String id, String outlet, String title, String url, Instant published, int claims,
            boolean extractedNow, String extractorVersion, boolean possiblyStale) {
    }

    /** Counts for a quick overview. */
    public record Summary(int articles, int claims, int speakers, int missing, int extractedNow, int possiblyStale) {
    }

    public record Answer(Summary summary, List<ArticleRef> articles, List<ClaimJson.ClaimView> claims,
            List<MissingJson.MissingView> missing, List<MissingJson.PossiblyStaleView> possiblyStale) {
    }

    @GET
    @Operation(summary = "Claims of matching articles",
            description = "q: article keywords (all must match); speaker: part of a speaker's name or mention "
                    + "(case and accents aside), or another spelling of a named speaker's name; outlet: one "
                    + "or more; kind: the claim kinds to answer, one or more of direct_quote, indirect_quote, stance, statement, "
                    + "or speech for both quote kinds (who said what; all kinds when absent); from/to: publish-time range "
                    + "(ISO-8601); limit: most articles covered, newest first. Claims "
                    + "missing for the current extractor version are extracted in parallel and stored. Articles that "
                    + "could not be covered are listed under 'missing' with the reason and its cause; articles served with "
                    + "their newest stored claims while extraction-service cannot give the current ones are listed under "
                    + "'possiblyStale' with the version served.")
    public Answer claims(@QueryParam("q") String q, @QueryParam("speaker") String speaker,
            @QueryParam("outlet") List<String> outlets, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("kind") List<String> kinds) {
        Set<ClaimKind> wantedKinds = ClaimKinds.parse(RequestParams.list(kinds), "kind");
        Instant after = RequestParams.instant(from, "from");
        Instant before = RequestParams.instant(to, "to");
        RequestParams.ordered(after, before, "from", "to");
        int maxArticles = RequestParams.integer(limit, "limit", Math.min(50, config.claimsMaxArticles()), 1,
                config.claimsMaxArticles());
        FanOutResult result = fanOut.run(new ClaimQuery(q == null ? "" : q, speaker == null ? "" : speaker,
                RequestParams.list(outlets), after, before, maxArticles));

        // A speaker asked for filters even when it folds to nothing ("?speaker=.*"): then no speaker is it.
        boolean bySpeaker = speaker != null && !speaker.isBlank();
        String wanted = NameKey.foldWords(speaker);
        List<String> wantedName = bySpeaker ? NameKey.words(speaker) : List.of();
        List<ArticleRef> refs = new ArrayList<>();
        List<ClaimJson.ClaimView> claims = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        int extractedNow = 0;
        for (ArticleWithClaims a : result.articles()) {
            Article article = a.article();
            int kept = 0;
            for (Claim c : a.claims().getClaimsList()) {
                if (bySpeaker && !(c.hasSpeaker() && spokenBy(c.getSpeaker(), wanted, wantedName))
                        || !wantedKinds.isEmpty() && !wantedKinds.contains(c.getKind())) {
                    continue;
                }
                claims.add(ClaimJson.claim(c, article.getId(), article.getOutlet()));
                if (c.hasSpeaker()) {
                    speakers.add(c.getSpeaker().getCanonicalName());
                }
                kept++;
            }
            extractedNow += a.extractedNow() ? 1 : 0;
            if (kept == 0 && (bySpeaker || !wantedKinds.isEmpty())) {
                continue;
            }
            refs.add(new ArticleRef(article.getId(), article.getOutlet(), article.getTitle(), article.getUrl(),
                    article.hasPublishedTime() ? Timestamps.instant(article.getPublishedTime()) : null, kept, a.extractedNow(),
                    a.claims().getExtractorVersion(), a.possiblyStale()));
        }
        Set<String> listed = new LinkedHashSet<>();
        refs.forEach(r -> listed.add(r.id()));
        List<PossiblyStale> stale = result.possiblyStale().stream().filter(s -> listed.contains(s.articleId())).toList();
        Summary summary = new Summary(refs.size(), claims.size(), speakers.size(), result.missing().size(), extractedNow,
                stale.size());
        return new Answer(summary, refs, claims, MissingJson.missing(result.missing()), MissingJson.possiblyStale(stale));
    }

    /**
     * Whether the speaker is the one asked for: its canonical name or its mention as written contains the words asked
     * (case and accents aside: "maren" finds "Ilse Maren", "jose alvarez" "José Álvarez"), or it is a named speaker
     * whose name holds every word asked by the shared name key ("Veleskyy" finds "Anton Velesky", "Mr. Maroff"
     * "Pavel Marov"; "Ann Marov" does not find "Pavel Marov").
     */
    private static boolean spokenBy(Speaker s, String wanted, List<String> wantedName) {
        if (wanted.isEmpty()) {
            return false;
        }
        return NameKey.foldWords(s.getCanonicalName()).contains(wanted) || NameKey.foldWords(s.getText()).contains(wanted)
                || s.getNamed() && !wantedName.isEmpty() && NameKey.words(s.getCanonicalName()).containsAll(wantedName);
    }
}
