package io.crosscheck.gateway.api;

import io.crosscheck.common.v1.ClaimKind;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The claim kinds a REST client may ask for by name: the kinds' REST names (as {@code ClaimJson} writes them) and
 * {@code speech}, both quote kinds at once — who said what, without stances (positions, intentions, cue-noun
 * attributions) or plain statements.
 */
final class ClaimKinds {
    private static final Map<String, Set<ClaimKind>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("direct_quote", EnumSet.of(ClaimKind.CLAIM_KIND_DIRECT_QUOTE));
        BY_NAME.put("indirect_quote", EnumSet.of(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE));
        BY_NAME.put("stance", EnumSet.of(ClaimKind.CLAIM_KIND_STANCE));
        BY_NAME.put("statement", EnumSet.of(ClaimKind.CLAIM_KIND_STATEMENT));
        BY_NAME.put("speech", EnumSet.of(ClaimKind.CLAIM_KIND_DIRECT_QUOTE, ClaimKind.CLAIM_KIND_INDIRECT_QUOTE));
    }

    private ClaimKinds() {
    }

    /** The kinds named (empty: no filter); an unknown name is a 400 naming the field and the names it takes. */
    static Set<ClaimKind> parse(List<String> names, String field) {
        Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
        for (String name : names) {
            Set<ClaimKind> named = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
            if (named == null) {
                throw ProblemException.badRequest(field, field + " must be one of " + String.join(", ", BY_NAME.keySet())
                        + ", got '" + RequestParams.abbreviate(name) + "'");
            }
            kinds.addAll(named);
        }
        return kinds;
    }
}
