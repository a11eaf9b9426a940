#!/usr/bin/env bash
# Strict speaker accuracy per speaker sieve on quotes-dev (../shared/corpus/quotes-dev/ggt-dev.jsonl), with the
# extractor in process and gold quotes matched as ../shared/tools/quote_score.py matches them (QuoteSieveEvaluation).
#   extraction-service/eval/quote-sieves.sh [ARTICLES.jsonl]
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="$(cd "${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}" && pwd)"
ARTICLES="${1:-$SHARED/corpus/quotes-dev/ggt-dev.jsonl}"
cd "$ROOT"
./mvnw -B -q -pl proto,extraction-service -am install -DskipTests
./mvnw -B -q -pl extraction-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/eval.classpath"
java -Xmx3g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/eval.classpath")" \
  io.crosscheck.extraction.eval.QuoteSieveEvaluation "$ARTICLES" 2>&1 \
  | grep -vE '^\[main\]|LogManager|JBossLogger|^Nov|^[A-Z][a-z]{2} [0-9]+, [0-9]{4}'
