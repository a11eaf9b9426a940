#!/usr/bin/env bash
# Ingest benchmark: articles/s through BatchCreateArticles against raw insertMany of the same
# documents into the same embedded store, as a ratio per round (see IngestBenchmark).
#   article-service/bench/ingest-benchmark.sh [ARTICLES_PER_ROUND=2000] [BATCH=500] [ROUNDS=5]
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
PER_ROUND="${1:-2000}"; BATCH="${2:-500}"; ROUNDS="${3:-5}"
SHARED="${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}"

cd "$ROOT"
./mvnw -B -q -pl proto,article-service -am install -DskipTests
./mvnw -B -q -pl article-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$MODULE/target/bench.classpath"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1; }
HTTP_PORT=$(free_port); MONGO_PORT=$(free_port)
DATA=$(mktemp -d)
java -Dquarkus.http.port="$HTTP_PORT" -Dcrosscheck.mongodb.embedded.data-dir="$DATA" \
  -Dcrosscheck.mongodb.embedded.port="$MONGO_PORT" -jar "$MODULE/target/quarkus-app/quarkus-run.jar" \
  >"$MODULE/target/bench-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 $SERVICE 2>/dev/null || { cat "$MODULE/target/bench-service.log"; exit 1; }
  sleep 0.5
done
java -Xmx1g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")" \
  io.crosscheck.article.bench.IngestBenchmark "$HTTP_PORT" "mongodb://127.0.0.1:$MONGO_PORT" \
  "$PER_ROUND" "$BATCH" "$ROUNDS" "$SHARED/corpus"
