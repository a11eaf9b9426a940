#!/usr/bin/env bash
# Comparison latency over a growing store: p50/p99 of GET /api/v1/compare against GET /api/v1/claims
# (the same question, claims read from the store, no merging) in the same run, at each store size.
# Starts article-service (embedded store in a temp dir), extraction-service and the gateway on free
# ports, loads fictional stories (five outlets each), lets the gateway extract and cache their claims,
# then has CLIENTS concurrent clients ask the questions, each request timed on its own, and reports
# p50/p99 of both endpoints, their ratio and the questions answered per second (see CompareBenchmark).
#   query-gateway/bench/compare-benchmark.sh [SIZES=1000,10000] [QUESTIONS=300] [CLIENTS=32] [EXTRACTED=10000]
# 32 clients because that is the load the gateway's comparison target is stated for (issue 14); 1 gives
# the latency of a request alone.
# Loading extracts every article once, up to EXTRACTED articles: about 10 minutes for 10,000 on two cores.
# Beyond that (e.g. SIZES=1000,10000,100000) the store is filled with renamed copies of the extracted
# stories whose claims, renamed alike, are put straight into article-service (CompareBenchmark explains).
# GATEWAY_JAVA_OPTS adds options to the gateway's JVM, e.g. a profile of it:
#   GATEWAY_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/gateway.jfr,settings=profile" (written when it stops)
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SIZES="${1:-1000,10000}"; QUESTIONS="${2:-300}"; CLIENTS="${3:-32}"; EXTRACTED="${4:-10000}"
cd "$ROOT"
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl query-gateway test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/bench.classpath"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ARTICLE_PORT=$(free_port); EXTRACTION_PORT=$(free_port); GATEWAY_PORT=$(free_port); MONGO_PORT=$(free_port)
DATA=$(mktemp -d); LOGS="$MODULE/target/bench-logs"; mkdir -p "$LOGS"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
start() { local name=$1 port=$2; shift 2
  java -Dquarkus.http.port="$port" "$@" -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!); }
wait_ready() { local name=$1 port=$2
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null || { echo "$name stopped; see $LOGS" >&2; exit 1; }; done
    sleep 1
  done; }
start article-service "$ARTICLE_PORT" -Dcrosscheck.mongodb.embedded.data-dir="$DATA" \
  -Dcrosscheck.mongodb.embedded.port="$MONGO_PORT"
start extraction-service "$EXTRACTION_PORT" -Xmx3g
start query-gateway "$GATEWAY_PORT" ${GATEWAY_JAVA_OPTS:-} -Dquarkus.grpc.clients.articles.port="$ARTICLE_PORT" \
  -Dquarkus.grpc.clients.extraction.port="$EXTRACTION_PORT"
wait_ready article-service "$ARTICLE_PORT"; wait_ready extraction-service "$EXTRACTION_PORT"
wait_ready query-gateway "$GATEWAY_PORT"
java -Xmx2g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")" \
  io.crosscheck.gateway.bench.CompareBenchmark "http://127.0.0.1:$GATEWAY_PORT" "$SIZES" "$QUESTIONS" "$CLIENTS" \
  "127.0.0.1:$ARTICLE_PORT" "127.0.0.1:$EXTRACTION_PORT" "$EXTRACTED"
