#!/usr/bin/env bash
# Extraction quality on the shared corpus:
#  1. the five seed reports against seeds-gold.json (quote speakers, terms, alias groups, quantities,
#     times) and ingest cleaning (boilerplate removed, content kept);
#  2. answers for attribution-dev written to OUT (default target/attribution-dev) and scored with the
#     shared scorer: attributions only (what it measures) and the full answer with statements; then
#     direct-quote speaker accuracy per speaker sieve (speakers/sieves.txt), from speaker.sieve.
#   extraction-service/eval/evaluate.sh [OUT] [--verbose]
# ATTRIBUTION_CORPUS=DIR scores another folder of brat-annotated articles in attribution-dev's layout
# instead (NAME.txt + NAME_<annotator>.ann), e.g. articles the rules were not built on.
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="$(cd "${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}" && pwd)"
OUT="${1:-$MODULE/target/attribution-dev}"
VERBOSE="${2:-}"
ATTRIBUTION="$(cd "${ATTRIBUTION_CORPUS:-$SHARED/corpus/attribution-dev}" && pwd)"
cd "$ROOT"
./mvnw -B -q -pl proto,article-service,extraction-service -am install -DskipTests
for module in article-service extraction-service; do
  ./mvnw -B -q -pl "$module" test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/$module/target/eval.classpath"
done
run() { local module=$1; shift
  java -Xmx3g -cp "$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/eval.classpath")" "$@" 2>&1 \
    | grep -vE '^\[main\]|LogManager|JBossLogger|^Nov|^[A-Z][a-z]{2} [0-9]+, [0-9]{4}'; }
echo "== Seed reports (../shared/corpus/seeds) against seeds-gold.json"
run extraction-service io.crosscheck.extraction.eval.SeedEvaluation "$SHARED" $VERBOSE
run article-service io.crosscheck.article.eval.BoilerplateEvaluation "$SHARED"
echo "== $(basename "$ATTRIBUTION"): answers in $OUT"
run extraction-service io.crosscheck.extraction.eval.AttributionExport "$ATTRIBUTION" "$OUT"
echo "-- attributions only (direct and indirect quotes):"
python3 "$SHARED/tools/attribution_score.py" "$ATTRIBUTION" "$OUT/attributions"
echo "-- full answer (with statements):"
python3 "$SHARED/tools/attribution_score.py" "$ATTRIBUTION" "$OUT/full"
echo "-- direct-quote speakers per sieve (attributions only; see eval/attribution_per_sieve.py):"
python3 "$MODULE/eval/attribution_per_sieve.py" "$SHARED/tools/attribution_score.py" "$ATTRIBUTION" "$OUT/attributions"
