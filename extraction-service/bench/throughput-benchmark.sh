#!/usr/bin/env bash
# Extraction throughput: Crosscheck's extractor against CoreNLP's quote-attribution pipeline
# (statistical coreference) on the same texts in one run, as a ratio per round.
#   extraction-service/bench/throughput-benchmark.sh [ROUNDS=3] [MAX_FILES=30]
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}"
cd "$ROOT"
./mvnw -B -q -pl proto,extraction-service -am install -DskipTests
./mvnw -B -q -pl extraction-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/bench.classpath"
java -Xmx6g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")" \
  io.crosscheck.extraction.eval.ThroughputBenchmark "$SHARED/corpus/attribution-dev" "${1:-3}" "${2:-30}" 2>&1 \
  | grep -vE '^\[main\]|StanfordCoreNLP|Adding annotator|Loading|LogManager|JBossLogger'
