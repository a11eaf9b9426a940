package io.crosscheck.gateway.compare;

/**
 * Two values the text explains as two things: one article gives both for the same kind of thing (to that outlet
 * they are two versions or two subjects: "the 12-point plan" and "the 20-point plan"), or the words around them
 * mark one as an earlier and the other as a later version ("the original 12-point plan", "the revised 9-point
 * plan").
 */
final class ExplainedRule implements SideRule {
    @Override
    public String name() {
        return "explained";
    }

    @Override
    public Verdict decide(Pair pair) {
        return Fact.explained(pair.a(), pair.b(), pair.figuresByArticle()) ? verdict(Outcome.EXPLAINED) : null;
    }
}
