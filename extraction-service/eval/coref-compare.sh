#!/usr/bin/env bash
# CoreNLP's own coreference against the speaker sieves on the hard cases (a pronoun or common-noun speaker at the
# quote) of quotes-dev and attribution-dev, with its cost per article (issue 16, item 2): CorefComparison writes one
# row per article and gold case, eval/coref_compare.py scores them (attribution-dev referents:
# eval/coref-referents-attribution-dev.tsv). ALGORITHMS: any of statistical, fastneural, neural (coref.algorithm on
# the service's dependency parses) and dcoref (the deterministic sieves; they need the PCFG parser, timed with them).
# EVERY=n runs every n-th article only. 24 min for the default two on 2 busy cores (load 9-18); neural costs about 1.6x
# statistical, dcoref (with the PCFG parse) about 25x the extraction.
#   extraction-service/eval/coref-compare.sh [ALGORITHMS=statistical,fastneural] [OUT=target/coref-compare] [--cases]
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="$(cd "${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}" && pwd)"
ALGORITHMS="${1:-statistical,fastneural}"
OUT="${2:-$MODULE/target/coref-compare}"
mkdir -p "$OUT"
cd "$ROOT"
./mvnw -B -q -pl proto,extraction-service -am install -DskipTests
./mvnw -B -q -pl extraction-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/eval.classpath"
java -Xmx6g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/eval.classpath")" \
  io.crosscheck.extraction.eval.CorefComparison "$SHARED" "$OUT/rows.jsonl" "$ALGORITHMS" ${EVERY:-} 2>&1 \
  | grep -vE '^\[main\]|LogManager|JBossLogger|^Nov|^[A-Z][a-z]{2} [0-9]+, [0-9]{4}|^\s+at |StanfordCoreNLP|Adding annotator|Loading'
python3 "$MODULE/eval/coref_compare.py" "$OUT/rows.jsonl" "$MODULE/eval/coref-referents-attribution-dev.tsv" ${3:-}
