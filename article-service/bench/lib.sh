# Shared by the article-service benchmarks and the crash test (sourced, not run): build the service and the bench
# classes, start the built quarkus-run.jar on free ports with a data folder, wait until it is ready, stop it.
# Expects MODULE (article-service folder) and ROOT (repository root) to be set by the sourcing script.

# Builds the runner jar and the test classes, and writes the test classpath to target/bench.classpath.
bench_build() {
  (cd "$ROOT" && ./mvnw -B -q -pl proto,article-service -am install -DskipTests \
    && ./mvnw -B -q -pl article-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$MODULE/target/bench.classpath")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1; }

# Runs a bench class (io.crosscheck.article.bench.*) on the test classpath: bench_java CLASS ARGS...
bench_java() {
  local class="$1"; shift
  java -Xmx1g -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench.classpath")" \
    "io.crosscheck.article.bench.$class" "$@"
}

# Starts article-service on its embedded store in the background and waits until it is ready.
#   service_start DATA_DIR LOG_FILE [extra java options...]
# Sets SERVICE (pid), HTTP_PORT (gRPC and HTTP) and MONGO_PORT (the embedded MongoDB-wire server).
service_start() {
  local data="$1" log="$2"; shift 2
  HTTP_PORT=$(free_port); MONGO_PORT=$(free_port)
  java "$@" -Dquarkus.http.port="$HTTP_PORT" -Dcrosscheck.mongodb.embedded.data-dir="$data" \
    -Dcrosscheck.mongodb.embedded.port="$MONGO_PORT" -jar "$MODULE/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  SERVICE=$!
  until curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$SERVICE" 2>/dev/null || { tail -50 "$log"; SERVICE=""; return 1; }
    sleep 0.3
  done
}

# Stops the service started last (SIGTERM, the orderly shutdown); service_stop KILL sends SIGKILL instead.
service_stop() {
  if [ -n "${SERVICE:-}" ]; then
    kill -s "${1:-TERM}" "$SERVICE" 2>/dev/null || true
    wait "$SERVICE" 2>/dev/null || true
    SERVICE=""
  fi
}
