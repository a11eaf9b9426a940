package io.crosscheck.gateway.compare;

/**
 * A figure limited to a place, group or organisation ("in Harrow County", "among children") is set only against a
 * figure of the same scope: never against another scope, nor against a figure without one (a statewide count and a
 * county's are both right). Scopes are the same when their canonical names are, or when one's words all stand in the
 * other's ("harrow county" and "harrow").
 */
final class OtherScopeRule implements OppositionRule {
    @Override
    public String name() {
        return "other-scope";
    }

    @Override
    public boolean apart(Figure f, Figure g) {
        String a = f.frame().scope();
        String b = g.frame().scope();
        if (a.isEmpty() && b.isEmpty()) {
            return false;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return !sameScope(a, b);
    }

    static boolean sameScope(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        java.util.List<String> x = java.util.List.of(a.split("[^\\p{L}\\p{N}]+"));
        java.util.List<String> y = java.util.List.of(b.split("[^\\p{L}\\p{N}]+"));
        return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
    }
}
