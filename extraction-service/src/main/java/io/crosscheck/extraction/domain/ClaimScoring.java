package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;

import java.util.regex.Pattern;

/** How firmly a claim is asserted, and how worth checking it is. */
final class ClaimScoring {
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(reportedly|according to (media |press |news )?reports|is said to|are said to|was said to|were said to"
                    + "|rumou?red|purportedly|allegedly)\\b");
    private static final Pattern UNVERIFIED = Pattern.compile(
            "(?i)\\b(not (been able to )?(be )?(independently )?verif|could not (independently )?(verify|confirm)"
                    + "|unverified|unable to (independently )?(verify|confirm)|cannot (independently )?(verify|confirm))");
    private static final Pattern NEGATED_CUE = Pattern.compile("(?i)\\b(did not|didn't|never|does not|doesn't) (say|claim|state)\\b");
    private static final Pattern OPINION = Pattern.compile(
            "(?i)\\b(i think|i believe|we believe|should|must|ought|hope|wish|feel|seems?|perhaps|maybe|might"
                    + "|probably|in my view|opinion|great|terrible|wonderful|beautiful|sad|shame)\\b");
    private static final Pattern EVENT_VERB = Pattern.compile(
            "(?i)\\b(killed|died|dead|injured|wounded|fired|launched|struck|signed|approved|passed|voted|rose|fell"
                    + "|increased|decreased|arrested|charged|sentenced|won|lost|announced|agreed|rejected|met|cost|paid)\\b");

    private ClaimScoring() {
    }

    static AttributionLevel attribution(Claim.Builder claim, String sentence, boolean denialCue) {
        if (UNVERIFIED.matcher(sentence).find()) {
            return AttributionLevel.ATTRIBUTION_LEVEL_UNVERIFIED;
        }
        if (REPORTED.matcher(sentence).find()) {
            return AttributionLevel.ATTRIBUTION_LEVEL_REPORTED;
        }
        if (denialCue || NEGATED_CUE.matcher(sentence).find()) {
            return AttributionLevel.ATTRIBUTION_LEVEL_DENIED;
        }
        return claim.getKind() == ClaimKind.CLAIM_KIND_STATEMENT ? AttributionLevel.ATTRIBUTION_LEVEL_ASSERTED
                : AttributionLevel.ATTRIBUTION_LEVEL_ATTRIBUTED;
    }

    /**
     * 0..1: specific, factual, numeric sentences rank above opinion, filler and scene-setting. Each
     * sign of checkable content (a number, a date, named entities, an event verb) adds; signs of
     * opinion and very short content take away.
     */
    static double checkWorthiness(Claim.Builder claim) {
        String content = claim.getText();
        double score = 0.15;
        score += Math.min(2, claim.getQuantitiesCount()) * 0.2;
        score += claim.getTimesCount() > 0 ? 0.1 : 0;
        score += Math.min(3, claim.getEntitiesCount()) * 0.07;
        score += EVENT_VERB.matcher(content).find() ? 0.15 : 0;
        score -= OPINION.matcher(content).find() ? 0.2 : 0;
        int words = content.isBlank() ? 0 : content.strip().split("\\s+").length;
        score -= words < 5 ? 0.15 : 0;
        score -= words > 60 ? 0.1 : 0;
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }
}
