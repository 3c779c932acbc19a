#!/usr/bin/env bash
# One command for the side-by-side JMH run of issue 14/23: wxkit (and the careful JDK floor) in
# benchmarks/target/benchmarks.jar, WxJava 4.7.0 and wechatpay-java 0.2.17 in
# benchmarks/incumbents/target/benchmarks-incumbents.jar (their OkHttp 4 cannot share wxkit's classpath).
# Same JMH settings for both; the paths are interleaved (wxkit, incumbents, floor, next path) so that
# a change of machine load hits every side alike. Prints one ratio table (Markdown).
#
#   benchmarks/run-side-by-side.sh                 # build, then the full run (~12 min)
#   SKIP_BUILD=1 JMH="-f 1 -wi 1 -w 1s -i 2 -r 1s" benchmarks/run-side-by-side.sh   # quicker, rougher
#   PATHS="safeCallback plainCallback" benchmarks/run-side-by-side.sh               # some paths only
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED_DIR="${WXKIT_SHARED_DIR:-$(cd .. && pwd)/shared}"
JMH="${JMH:--f 1 -wi 3 -w 2s -i 5 -r 2s}"
PATHS="${PATHS:-safeCallback plainCallback paymentNotification v2SignMd5 v2SignHmacSha256 token1Thread token8Threads token32Threads templateJson}"
OUT="${OUT:-benchmarks/target/side-by-side}"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -o package -pl benchmarks,benchmarks/incumbents -am -Pbench -DskipTests -Djacoco.skip=true
fi
WXKIT_JAR=benchmarks/target/benchmarks.jar
INCUMBENTS_JAR=benchmarks/incumbents/target/benchmarks-incumbents.jar
mkdir -p "$OUT"
rm -f "$OUT"/*.csv
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "JMH: $JMH -prof gc; start $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # jar class method
  local csv="$OUT/$2.$3.csv"
  if ! java -Dwxkit.shared.dir="$SHARED_DIR" -jar "$1" "$2\.$3\$" $JMH -prof gc -jvmArgsAppend "-Dwxkit.shared.dir=$SHARED_DIR" \
      -rf csv -rff "$csv" > "$OUT/$2.$3.log" 2>&1; then
    echo "FAILED: $2.$3 (see $OUT/$2.$3.log)" >&2
    tail -20 "$OUT/$2.$3.log" >&2
    exit 1
  fi
  echo "  $2.$3 done, load $(cut -d' ' -f1 /proc/loadavg)"
}

for p in $PATHS; do
  run "$WXKIT_JAR" WxkitSideBySide "$p"
  if [ "$p" = paymentNotification ]; then
    run "$INCUMBENTS_JAR" WechatpayJavaSideBySide "$p"
  fi
  run "$INCUMBENTS_JAR" WxJavaSideBySide "$p"
  run "$WXKIT_JAR" JdkFloorSideBySide "$p"
done
echo "end $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$WXKIT_JAR" io.wxkit.benchmarks.shared.SideBySideTable "$OUT"/*.csv | tee "$OUT/table.md"
