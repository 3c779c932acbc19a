#!/usr/bin/env bash
# Two examples instances behind one callback URL, on PostgreSQL + Redis (docs/guide/examples.md, "Two instances").
#
#   examples/run-two-instances.sh [PORT_A] [PORT_B]        (defaults 8080 8081; Ctrl-C stops both)
#
# A embeds the WeChat emulator (EXAMPLES_EMULATOR_PORT, default 9900) and is the public callback URL; B runs with
# EXAMPLES_EMULATOR_ENABLED=false and joins A's emulator. Both share one data directory (EXAMPLES_DATA_DIR,
# default ./data-two: the credentials derive from its seed), the database (EXAMPLES_DB_URL, EXAMPLES_DB_USER,
# EXAMPLES_DB_PASSWORD) and the Redis prefix (EXAMPLES_REDIS_PREFIX). Set EXAMPLES_PUBLIC_BASE_URL when a load
# balancer stands in front of both (default: A's URL). EXAMPLES_SKIP_BUILD=1 reuses the last build's classpath.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT_A="${1:-8080}"
PORT_B="${2:-8081}"
EMULATOR_PORT="${EXAMPLES_EMULATOR_PORT:-9900}"
export EXAMPLES_DATA_DIR="${EXAMPLES_DATA_DIR:-./data-two}"
export EXAMPLES_PUBLIC_BASE_URL="${EXAMPLES_PUBLIC_BASE_URL:-http://127.0.0.1:$PORT_A}"
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-postgres,redis}"
CLASSPATH_FILE=examples/target/run-classpath.txt

if [[ "${EXAMPLES_SKIP_BUILD:-0}" != 1 || ! -s "$CLASSPATH_FILE" ]]; then
  echo "building the examples app (once for both instances) ..."
  # test-compile: the modules' test-jar dependencies (checked by the build's enforcer) exist from that phase on
  ./mvnw -B -q -pl examples -am -Djacoco.skip=true test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" -Dmdep.includeScope=runtime
fi
CP="examples/target/classes:$(cat "$CLASSPATH_FILE")"

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

mkdir -p examples/target
SERVER_PORT="$PORT_A" EXAMPLES_EMULATOR_PORT="$EMULATOR_PORT" \
  java -cp "$CP" io.wxkit.examples.ExamplesApplication > examples/target/instance-a.log 2>&1 &
pids+=($!)
SERVER_PORT="$PORT_B" EXAMPLES_EMULATOR_ENABLED=false EXAMPLES_EMULATOR_URL="http://127.0.0.1:$EMULATOR_PORT" \
  java -cp "$CP" io.wxkit.examples.ExamplesApplication > examples/target/instance-b.log 2>&1 &
pids+=($!)

# ready when each instance printed its URLs (StartupUrls); a dead process ends the script with its log's tail
for name in a b; do
  log="examples/target/instance-$name.log"
  until grep -q "wxkit examples app is up" "$log" 2>/dev/null; do
    for pid in "${pids[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "an instance stopped while starting; the end of its log:" >&2
        tail -n 40 examples/target/instance-a.log examples/target/instance-b.log >&2
        exit 1
      fi
    done
    sleep 1
  done
done
cat <<TEXT
two examples instances are up (logs: examples/target/instance-a.log, instance-b.log)
  A (embedded emulator):  http://127.0.0.1:$PORT_A/
  B (joined):             http://127.0.0.1:$PORT_B/
  public callback URL:    $EXAMPLES_PUBLIC_BASE_URL/wx/callback/{sub,svc}
  WeChat phone:           http://127.0.0.1:$EMULATOR_PORT/emulator/
Ctrl-C stops both.
TEXT
wait -n || true
