#!/usr/bin/env bash
# Crosscheck on one machine: builds if needed, starts the embedded store and the three services on
# localhost, loads samples/ plus any folders given as arguments, prints the URL and a summary, and
# stops everything on Ctrl-C.
#
#   deploy/local/run.sh [FOLDER ...]      e.g. deploy/local/run.sh ../shared/corpus/seeds
#
# A folder may hold *.txt (plain text, optional '---' front matter with outlet/url/title/published;
# without it the file name is the outlet), *.json (an article or an array) and *.ndjson files.
# Environment: CROSSCHECK_DATA (default ./data), GATEWAY_PORT (8080), ARTICLE_PORT (9101),
# EXTRACTION_PORT (9102), MONGO_PORT (27117, the embedded store's loopback port),
# CROSSCHECK_MONGODB_CONNECTION_STRING (unset: embedded store), CROSSCHECK_SAMPLES (1; 0 leaves
# samples/ out, for evaluations that load only their own articles).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${CROSSCHECK_DATA:-$ROOT/data}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
ARTICLE_PORT="${ARTICLE_PORT:-9101}"
EXTRACTION_PORT="${EXTRACTION_PORT:-9102}"
MONGO_PORT="${MONGO_PORT:-27117}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PIDS=()

say() { printf '%s\n' "$*" >&2; }
fail() { say "crosscheck: $*"; exit 1; }

stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "Stopping Crosscheck..."
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

command -v curl >/dev/null || fail "curl is needed to load articles (apt-get install curl)"
for folder in "$@"; do [ -d "$folder" ] || fail "'$folder' is not a folder of articles"; done
for port in "$GATEWAY_PORT" "$ARTICLE_PORT" "$EXTRACTION_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is in use: stop what runs there or set GATEWAY_PORT / ARTICLE_PORT / EXTRACTION_PORT"
  fi
done

# Build when a runner is missing or any source is newer than it.
needs_build=false
for module in article-service extraction-service query-gateway; do
  runner="$ROOT/$module/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$runner" ] || [ -n "$(find "$ROOT/$module/src" "$ROOT/proto/src" -newer "$runner" -type f -print -quit)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  say "Building Crosscheck (the first build downloads dependencies, CoreNLP models included: ~500 MB)..."
  (cd "$ROOT" && ./mvnw -B -q -DskipTests install) || fail "the build failed"
fi

mkdir -p "$DATA/logs"
start() { # name port log-file java-args...
  local name=$1 port=$2; shift 2
  # Plain-text logs for a person reading data/logs; the prod profile's default is JSON (README "Metrics and tracing").
  "$JAVA" -Dquarkus.http.port="$port" -Dquarkus.log.console.json.enabled=false "$@" -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" \
    >"$DATA/logs/$name.log" 2>&1 &
  PIDS+=($!)
}
store_args=(-Dcrosscheck.mongodb.embedded.data-dir="$DATA/mongo" -Dcrosscheck.mongodb.embedded.port="$MONGO_PORT")
if [ -n "${CROSSCHECK_MONGODB_CONNECTION_STRING:-}" ]; then
  store_args=(-Dcrosscheck.mongodb.connection-string="$CROSSCHECK_MONGODB_CONNECTION_STRING")
fi
say "Starting article-service (:$ARTICLE_PORT), extraction-service (:$EXTRACTION_PORT), query-gateway (:$GATEWAY_PORT)..."
# The backends listen on loopback only: the gateway on this machine is their one client (in Kubernetes a
# NetworkPolicy admits only the gateway's pods, deploy/k8s/base/network-policy.yaml).
start article-service "$ARTICLE_PORT" -Dquarkus.http.host=127.0.0.1 "${store_args[@]}"
start extraction-service "$EXTRACTION_PORT" -Dquarkus.http.host=127.0.0.1 -Xmx3g
start query-gateway "$GATEWAY_PORT" -Dquarkus.grpc.clients.articles.host=127.0.0.1 \
  -Dquarkus.grpc.clients.articles.port="$ARTICLE_PORT" -Dquarkus.grpc.clients.extraction.host=127.0.0.1 \
  -Dquarkus.grpc.clients.extraction.port="$EXTRACTION_PORT"

wait_ready() { # name port
  local deadline=$((SECONDS + 180))
  until curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      tail -n 30 "$DATA/logs/$1.log" >&2
      fail "$1 did not become ready within 180 s (log: $DATA/logs/$1.log)"
    fi
    for pid in "${PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || { tail -n 30 "$DATA/logs/$1.log" >&2; fail "a service exited; logs in $DATA/logs"; }
    done
    sleep 1
  done
}
wait_ready article-service "$ARTICLE_PORT"
wait_ready query-gateway "$GATEWAY_PORT"
say "Loading the CoreNLP models (about 20 s)..."
wait_ready extraction-service "$EXTRACTION_PORT"

API="http://127.0.0.1:$GATEWAY_PORT/api/v1"
created=0; existing=0; rejected=0
post() { # file content-type [query]
  local status
  status=$(curl -s -o "$DATA/logs/last-post.json" -w '%{http_code}' -X POST -H "Content-Type: $2" \
    --data-binary "@$1" "$API/articles${3:-}")
  case "$status" in
    201) created=$((created + 1)) ;;
    200) if grep -q '"results"' "$DATA/logs/last-post.json"; then
           created=$((created + $(grep -o '"created":[0-9]*' "$DATA/logs/last-post.json" | head -1 | cut -d: -f2)))
           existing=$((existing + $(grep -o '"existing":[0-9]*' "$DATA/logs/last-post.json" | head -1 | cut -d: -f2)))
         else existing=$((existing + 1)); fi ;;
    *) rejected=$((rejected + 1)); say "  rejected $1: $(cat "$DATA/logs/last-post.json")" ;;
  esac
}
urlencode() { local LC_ALL=C s=$1 out="" c i; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}
  case "$c" in [a-zA-Z0-9._~/-]) out+="$c" ;; *) out+=$(printf '%%%02X' "'$c") ;; esac; done; printf '%s' "$out"; }
folders=("$@")
[ "${CROSSCHECK_SAMPLES:-1}" = 0 ] || folders=("$ROOT/samples" "$@")
for folder in ${folders[@]+"${folders[@]}"}; do
  folder="$(cd "$folder" && pwd)"
  say "Loading $folder"
  for file in "$folder"/*; do
    [ -f "$file" ] || continue
    case "$file" in
      *.txt) stem=$(basename "$file" .txt)
             post "$file" text/plain "?outlet=$(urlencode "$stem")&url=$(urlencode "file://$file")" ;;
      *.ndjson) post "$file" application/x-ndjson ;;
      *.json) post "$file" application/json ;;
    esac
  done
done

say "Extracting claims..."
summary=$(curl -s "$API/claims?limit=200" | grep -o '"summary":{[^}]*}' || true)
field() { printf '%s' "$summary" | grep -o "\"$1\":[0-9]*" | cut -d: -f2; }

cat <<MSG

Crosscheck is running.
  Open:      http://localhost:$GATEWAY_PORT/
  Compare:   http://localhost:$GATEWAY_PORT/compare.html?q=Velmora   (claims x outlets; samples/ is the Velmora story)
  API docs:  http://localhost:$GATEWAY_PORT/q/swagger-ui
  Loaded:    $created new, $existing already stored, $rejected rejected
  Store:     $(field articles) articles, $(field claims) claims, $(field speakers) speakers$( [ "$(field missing)" = 0 ] || printf ' (%s articles not extracted: see /api/v1/claims)' "$(field missing)")
  Data:      $DATA   Logs: $DATA/logs
Press Ctrl-C to stop.
MSG
wait "${PIDS[@]}"
