#!/usr/bin/env bash
# Crash test: does an acknowledgement of article-service (embedded store) survive kill -9?
#   article-service/bench/crash-test.sh [ROUNDS=5] [CLIENTS=6] [MIN_ACKS=1000]
# Each round: start the built service on free ports with a fresh data folder; CLIENTS concurrent gRPC clients store
# generated fictional articles (BatchCreateArticles and CreateArticle) and record every acknowledged article; once at
# least MIN_ACKS are acknowledged, after a further random 0-1.5 s, kill -9 the service; restart it on the same data
# folder and read every acknowledged id back (see CrashTest). Exits non-zero when anything acknowledged is lost or
# changed.
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
ROUNDS="${1:-5}"; CLIENTS="${2:-6}"; MIN_ACKS="${3:-1000}"
source "$MODULE/bench/lib.sh"

[ "${SKIP_BUILD:-}" = 1 ] || bench_build
WORK=$(mktemp -d)
SERVICE=""; INGEST=""
cleanup() {
  service_stop KILL
  if [ -n "$INGEST" ]; then kill "$INGEST" 2>/dev/null || true; wait "$INGEST" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
LOG="$MODULE/target/crash-test-service.log"
total_acked=0; total_lost=0; total_changed=0

printf '%-6s %13s %6s %8s\n' round acknowledged lost changed
for round in $(seq 1 "$ROUNDS"); do
  DATA="$WORK/data-$round"; ACKS="$WORK/acks-$round.tsv"
  mkdir -p "$DATA"; : >"$ACKS"
  service_start "$DATA" "$LOG.$round"
  bench_java CrashTest ingest "$HTTP_PORT" "$ACKS" "$CLIENTS" "$round$RANDOM" >"$WORK/ingest-$round.out" 2>&1 &
  INGEST=$!
  until [ "$(wc -l <"$ACKS")" -ge "$MIN_ACKS" ]; do
    kill -0 "$INGEST" 2>/dev/null || { cat "$WORK/ingest-$round.out"; echo "the ingest clients stopped early" >&2; exit 2; }
    sleep 0.1
  done
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", r / 32767 * 1.5 }')"
  service_stop KILL
  wait "$INGEST" 2>/dev/null || true
  INGEST=""
  service_start "$DATA" "$LOG.$round.restart"
  result=$(bench_java CrashTest verify "$HTTP_PORT" "$ACKS" 2>"$WORK/verify-$round.err" | tee "$WORK/verify-$round.out" | grep "^RESULT")
  service_stop
  grep '^changed:' "$WORK/verify-$round.out" >&2 || true
  acked=$(sed -E 's/.*acknowledged=([0-9]+).*/\1/' <<<"$result")
  lost=$(sed -E 's/.*lost=([0-9]+).*/\1/' <<<"$result")
  changed=$(sed -E 's/.*changed=([0-9]+).*/\1/' <<<"$result")
  printf '%-6s %13d %6d %8d\n' "$round" "$acked" "$lost" "$changed"
  total_acked=$((total_acked + acked)); total_lost=$((total_lost + lost)); total_changed=$((total_changed + changed))
  rm -rf "$DATA"
done
printf '%-6s %13d %6d %8d\n' total "$total_acked" "$total_lost" "$total_changed"
echo "($ROUNDS rounds, $CLIENTS clients, kill -9 after at least $MIN_ACKS acknowledged articles and a random 0-1.5 s)"
[ "$total_lost" -eq 0 ] && [ "$total_changed" -eq 0 ]
