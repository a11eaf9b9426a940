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
        // Each kind by the name the answers give it, so that the two can never differ.
        for (ClaimKind kind : ClaimKind.values()) {
            if (kind != ClaimKind.CLAIM_KIND_UNSPECIFIED && kind != ClaimKind.UNRECOGNIZED) {
                BY_NAME.put(ClaimJson.enumName(kind.name(), "CLAIM_KIND_"), EnumSet.of(kind));
            }
        }
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
