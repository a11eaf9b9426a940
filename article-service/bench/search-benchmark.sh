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

cd "$ROOT"
./mvnw -B -q -pl proto,article-service -am install -DskipTests
./mvnw -B -q -pl article-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/bench.classpath"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
DATA=$(mktemp -d)
SERVICE=""
stop() { if [ -n "$SERVICE" ]; then kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; SERVICE=""; fi; }
trap 'stop; rm -rf "$DATA"' EXIT
start() { # $1: own search index (true|false)
  HTTP_PORT=$(free_port); MONGO_PORT=$(free_port)
  java -Xmx4g -Dquarkus.http.port="$HTTP_PORT" -Dcrosscheck.mongodb.embedded.data-dir="$DATA" \
    -Dcrosscheck.mongodb.embedded.port="$MONGO_PORT" -Dcrosscheck.mongodb.embedded.own-search-index="$1" \
    -jar "$MODULE/target/quarkus-app/quarkus-run.jar" >"$MODULE/target/bench-search-service.log" 2>&1 &
  SERVICE=$!
  until curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$SERVICE" 2>/dev/null || { tail -50 "$MODULE/target/bench-search-service.log"; exit 1; }
    sleep 0.5
  done; }
client() { java -Xmx1g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")" \
  io.crosscheck.article.bench.SearchBenchmark "$HTTP_PORT" "$@"; }

start true
client load "$ARTICLES" 0 "$CLIENTS" "$SHARED/corpus" load
client measure "$ARTICLES" "$QUERIES" "$CLIENTS" "$SHARED/corpus" "own index"
client measure "$ARTICLES" "$QUERIES" 1 "$SHARED/corpus" "own index"
stop
start false
# One client: with several, a scan of a large store outlasts the driver's timeout and requests fail (counted).
client measure "$ARTICLES" "$BASELINE" 1 "$SHARED/corpus" "store alone"
echo "($ARTICLES articles; one page of 20 per request; the baseline is the same service on the same data without its index)"
