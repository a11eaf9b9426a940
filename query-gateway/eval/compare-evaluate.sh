#!/usr/bin/env bash
# Coverage comparison on the five seed reports, scored against the cross_source part of seeds-gold.json:
# gold conflicts found with the right kind, corroborations found, traps left without conflicts, rewrite
# pairs, and every reported conflict the gold does not have.
#
#   query-gateway/eval/compare-evaluate.sh [OUT_DIR]      (default query-gateway/target/compare-eval)
#
# Starts the real system with deploy/local/run.sh on a temporary data directory and free ports (samples/
# left out), stores only the seed reports (with the publish dates the gold gives), asks the gateway for
# GET /api/v1/compare?ids=<the five seeds>, keeps the answer in OUT_DIR/compare.json and scores it with
# compare_score.py. Stops everything it started on exit.
set -euo pipefail
MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$MODULE")"
SHARED="$(cd "${CROSSCHECK_SHARED_DIR:-$ROOT/../shared}" && pwd)"
OUT="${1:-$MODULE/target/compare-eval}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
DATA="$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-compare-eval.XXXXXX")"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
GATEWAY_PORT=$(free_port); ARTICLE_PORT=$(free_port); EXTRACTION_PORT=$(free_port); MONGO_PORT=$(free_port)
API="http://127.0.0.1:$GATEWAY_PORT/api/v1"
RUN_PID=""

stop() {
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap stop EXIT INT TERM

echo "Starting Crosscheck on a temporary store ($DATA), gateway on :$GATEWAY_PORT ..." >&2
CROSSCHECK_DATA="$DATA" CROSSCHECK_SAMPLES=0 GATEWAY_PORT=$GATEWAY_PORT ARTICLE_PORT=$ARTICLE_PORT \
  EXTRACTION_PORT=$EXTRACTION_PORT MONGO_PORT=$MONGO_PORT "$ROOT/deploy/local/run.sh" >"$OUT/run.log" 2>&1 &
RUN_PID=$!
deadline=$((SECONDS + 900))
until grep -q "Crosscheck is running" "$OUT/run.log" 2>/dev/null; do
  if ! kill -0 "$RUN_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    tail -n 30 "$OUT/run.log" >&2
    echo "compare-evaluate: the system did not start (log: $OUT/run.log)" >&2
    exit 1
  fi
  sleep 2
done

echo "Storing the seed reports and comparing them ..." >&2
ids=$(python3 - "$SHARED" "$API" <<'PY'
import json, os, sys, urllib.request
shared, api = sys.argv[1], sys.argv[2]
gold = json.load(open(os.path.join(shared, "corpus/seeds-gold.json")))
folder = os.path.join(shared, "corpus/seeds")
items = []
for name in sorted(os.listdir(folder)):
    if not name.endswith(".txt"):
        continue
    items.append({"url": "https://seeds.example/" + name, "outlet": name[:-len(".txt")],
                  "published": gold["articles"].get(name, {}).get("published", ""),
                  "text": open(os.path.join(folder, name), encoding="utf-8").read()})
request = urllib.request.Request(api + "/articles", data=json.dumps(items).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
answer = json.load(urllib.request.urlopen(request))
if answer["rejected"]:
    sys.exit("seed reports rejected: %s" % json.dumps(answer))
print(",".join(r["article"]["id"] for r in answer["results"]))
PY
)
curl -sf --max-time 600 "$API/compare?ids=$ids" -o "$OUT/compare.json" || {
  echo "compare-evaluate: GET /api/v1/compare failed" >&2; curl -s "$API/compare?ids=$ids" >&2; exit 1; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("Compared %d articles: %d rewrite groups, %d clusters, %d conflicts, %d missing" % (len(d["articles"]), len(d["rewriteGroups"]), len(d["clusters"]), len(d["conflicts"]), len(d["missing"])))' "$OUT/compare.json"
python3 "$MODULE/eval/compare_score.py" "$SHARED/corpus/seeds-gold.json" "$OUT/compare.json"
