#!/usr/bin/env bash
# Search and listing latency over a large embedded store: SearchArticles and ListArticles p50/p99 (CLIENTS concurrent
# clients, then one alone) with the service's own search index (TermIndex), then, on the same data in the same run,
# without it (the embedded server reading every document) as the baseline (see SearchBenchmark).
#   article-service/bench/search-benchmark.sh [ARTICLES=100000] [QUERIES=1000] [CLIENTS=8] [BASELINE_QUERIES=20]
# Loading 100,000 articles through BatchCreateArticles takes a few minutes on two cores.
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
ARTICLES="${1:-100000}"; QUERIES="${2:-1000}"; CLIENTS="${3:-8}"; BASELINE="${4:-20}"
SHARED="${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}"
source "$MODULE/bench/lib.sh"

bench_build
DATA=$(mktemp -d)
SERVICE=""
trap 'service_stop; rm -rf "$DATA"' EXIT
LOG="$MODULE/target/bench-search-service.log"
client() { bench_java SearchBenchmark "$HTTP_PORT" "$@"; }

service_start "$DATA" "$LOG" -Xmx4g -Dcrosscheck.mongodb.embedded.own-search-index=true
client load "$ARTICLES" 0 "$CLIENTS" "$SHARED/corpus" load
client measure "$ARTICLES" "$QUERIES" "$CLIENTS" "$SHARED/corpus" "own index"
client measure "$ARTICLES" "$QUERIES" 1 "$SHARED/corpus" "own index"
service_stop
service_start "$DATA" "$LOG" -Xmx4g -Dcrosscheck.mongodb.embedded.own-search-index=false
# One client: with several, a scan of a large store outlasts the driver's timeout and requests fail (counted).
client measure "$ARTICLES" "$BASELINE" 1 "$SHARED/corpus" "store alone"
echo "($ARTICLES articles; one page of 20 per request; the baseline is the same service on the same data without its index)"
