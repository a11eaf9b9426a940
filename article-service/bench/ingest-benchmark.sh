#!/usr/bin/env bash
# Ingest benchmark: articles/s through BatchCreateArticles against raw insertMany of the same
# documents into the same embedded store, as a ratio per round (see IngestBenchmark).
#   article-service/bench/ingest-benchmark.sh [ARTICLES_PER_ROUND=2000] [BATCH=500] [ROUNDS=5]
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
PER_ROUND="${1:-2000}"; BATCH="${2:-500}"; ROUNDS="${3:-5}"
SHARED="${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}"
source "$MODULE/bench/lib.sh"

bench_build
DATA=$(mktemp -d)
SERVICE=""
trap 'service_stop; rm -rf "$DATA"' EXIT
service_start "$DATA" "$MODULE/target/bench-service.log"
bench_java IngestBenchmark "$HTTP_PORT" "mongodb://127.0.0.1:$MONGO_PORT" "$PER_ROUND" "$BATCH" "$ROUNDS" "$SHARED/corpus"
