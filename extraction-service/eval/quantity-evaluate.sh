#!/usr/bin/env bash
# Quantity extraction quality on ../shared/corpus/quantities-dev with the shared scorer (quantity_score.py),
# for each set whole and for its two parts: the part the rules were tuned on (items i % 4 != 3) and the frozen
# part (items i % 4 == 3), chosen before any tuning and never read for failures.
#   extraction-service/eval/quantity-evaluate.sh [GATEWAY_URL] [--misses N]
# GATEWAY_URL (default http://localhost:8080) is a running query-gateway (deploy/local/run.sh): the figures go
# through the whole system, POST /api/v1/extract -> gRPC -> extraction-service. With GATEWAY_URL=in-process the
# script starts the extractor in process behind the same REST path (QuantityEvalServer) instead.
# --misses N prints N sentences with a missed or spurious value of the TUNED part only.
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="$(cd "${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}" && pwd)"
GATEWAY="${1:-http://localhost:8080}"
MISSES=0; [ "${2:-}" = "--misses" ] && MISSES="${3:-20}"
OUT="$MODULE/target/quantities-dev"
mkdir -p "$OUT/tuned" "$OUT/frozen"
python3 - "$SHARED/corpus/quantities-dev" "$OUT" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    items = json.load(open(os.path.join(src, f), encoding='utf-8'))
    json.dump([x for i, x in enumerate(items) if i % 4 != 3], open(os.path.join(out, 'tuned', f), 'w'))
    json.dump([x for i, x in enumerate(items) if i % 4 == 3], open(os.path.join(out, 'frozen', f), 'w'))
PY
SERVER_PID=""
if [ "$GATEWAY" = "in-process" ]; then
  cd "$ROOT"
  ./mvnw -B -q -pl proto,extraction-service -am install -DskipTests
  ./mvnw -B -q -pl extraction-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$MODULE/target/eval.classpath"
  PORT=18099
  java -Xmx3g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/eval.classpath")" \
    io.crosscheck.extraction.eval.QuantityEvalServer "$PORT" > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do grep -q "eval server on" "$OUT/server.log" && break; sleep 1; done
  GATEWAY="http://127.0.0.1:$PORT"
fi
score() { python3 "$SHARED/tools/quantity_score.py" "$@" --gateway "$GATEWAY" | tail -1 | sed "s#$OUT/##; s#$SHARED/corpus/quantities-dev/#all/#"; }
for f in "$SHARED"/corpus/quantities-dev/*.json; do
  name="$(basename "$f")"
  score "$f"
  score "$OUT/tuned/$name"
  score "$OUT/frozen/$name"
done
if [ "$MISSES" != "0" ]; then
  python3 "$SHARED/tools/quantity_score.py" "$OUT/tuned/newsquant-dev.json" --gateway "$GATEWAY" --misses "$MISSES"
fi
