#!/usr/bin/env bash
# Runs one benchmark scenario and prints its figures as one JSON object on the last line.
#   bash benchmarks/run.sh SCENARIO [--key value ...]
# Scenarios: get, list-all, token-storm, stream-memory, concurrency, poll, emulator-scale, jmh, chart, chaos,
# bad-input, replicas.
# The latest JSON of each scenario is kept in benchmarks/results/<scenario>.json (every run also in
# benchmarks/results/runs/, not committed); `chart` draws benchmarks/results/chart.svg from them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
RESULTS="$BENCH/results"
CP_FILE="$BENCH/target/classpath.txt"
EMULATOR_JAR="$ROOT/nexla-reactive-testkit/target/nexla-emulator.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Offline first (fast, no network); when that fails because a dependency is not cached yet (a fresh machine),
# the build is retried online. Setting MVN_FLAGS replaces both.
MVN_FLAGS_GIVEN="${MVN_FLAGS+yes}"
MVN_FLAGS="${MVN_FLAGS:--B -q -o}"

usage() {
  sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}
[[ $# -ge 1 ]] || usage
SCENARIO="$1"; shift

# Build when the class path or the emulator jar is missing or older than any source or pom of the build.
needs_build() {
  [[ -f "$CP_FILE" && -f "$EMULATOR_JAR" && -d "$BENCH/target/classes" ]] || return 0
  local newer
  newer=$(find "$ROOT/pom.xml" "$ROOT"/nexla-reactive-*/pom.xml "$ROOT"/nexla-reactive-*/src/main "$BENCH/pom.xml" \
    "$BENCH/src/main" -newer "$CP_FILE" -type f -print -quit 2>/dev/null)
  [[ -n "$newer" ]]
}
if needs_build; then
  echo "building benchmarks (./mvnw $MVN_FLAGS -pl benchmarks -am package -DskipTests)..." >&2
  if ! (cd "$ROOT" && ./mvnw $MVN_FLAGS -pl benchmarks -am package -DskipTests) >&2; then
    [[ -z "$MVN_FLAGS_GIVEN" ]] || exit 1
    echo "offline build failed; retrying online (./mvnw -B -q -pl benchmarks -am package -DskipTests)..." >&2
    (cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests) >&2
  fi
  touch "$CP_FILE" # build-classpath leaves an unchanged file untouched
fi
CP="$BENCH/target/classes:$(cat "$CP_FILE")"

run_java() { # heap options, main class, args...
  local heap="$1"; shift
  (cd "$ROOT" && "$JAVA" $heap -XX:+UseG1GC -Dbenchmarks.emulatorJar="$EMULATOR_JAR" -cp "$CP" "$@")
}

record() { # scenario, output file: keep the last line as the scenario's latest JSON
  local name="$1" out="$2" json
  json="$(tail -n 1 "$out")"
  if [[ "$json" == \{* ]]; then
    mkdir -p "$RESULTS/runs"
    printf '%s\n' "$json" > "$RESULTS/$name.json"
    printf '%s\n' "$json" > "$RESULTS/runs/$name-$(date -u +%Y%m%dT%H%M%SZ).json"
  fi
}

OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
case "$SCENARIO" in
  get|list-all|token-storm|concurrency|poll)
    echo "scenario $SCENARIO: see benchmarks/README.md for where the emulator runs (in-process or own process)" >&2
    run_java "-Xmx1g" io.nexla.reactive.benchmarks.BenchMain "$SCENARIO" "$@" | tee "$OUT"
    record "$SCENARIO" "$OUT"
    ;;
  emulator-scale)
    echo "scenario emulator-scale: emulator in-process at -Xmx2g (the standalone jar's documented heap)" >&2
    run_java "-Xmx2g" io.nexla.reactive.benchmarks.BenchMain emulator-scale "$@" | tee "$OUT"
    record emulator-scale "$OUT"
    ;;
  stream-memory)
    echo "scenario stream-memory: client JVM -Xmx64m; synthetic page server in its own JVM" >&2
    run_java "-Xmx64m" io.nexla.reactive.benchmarks.BenchMain stream-memory "$@" | tee "$OUT"
    record stream-memory "$OUT"
    ;;
  chaos)
    run_java "-Xmx512m" io.nexla.reactive.benchmarks.reliability.ChaosRun "$@" | tee "$OUT"
    record chaos "$OUT"
    ;;
  bad-input)
    run_java "-Xmx512m" io.nexla.reactive.benchmarks.reliability.BadInputRun "$@" | tee "$OUT"
    record bad-input "$OUT"
    ;;
  replicas)
    echo "scenario replicas: client JVMs against one standalone emulator with an org quota; needs redis-server" >&2
    run_java "-Xmx256m" io.nexla.reactive.benchmarks.replicas.ReplicasRun "$@" | tee "$OUT"
    record replicas "$OUT"
    ;;
  chart)
    run_java "-Xmx256m" io.nexla.reactive.benchmarks.BenchMain chart \
      --results "$RESULTS" --out "$RESULTS/chart.svg" "$@"
    ;;
  jmh)
    # Short settings by default (about 70 s); pass JMH options to override, e.g. -wi 5 -i 10 -f 2.
    JMH_ARGS=("$@")
    [[ ${#JMH_ARGS[@]} -gt 0 ]] || JMH_ARGS=(-f 1 -wi 2 -w 1s -i 3 -r 2s)
    mkdir -p "$RESULTS/runs"
    JMH_JSON="$RESULTS/runs/jmh-$(date -u +%Y%m%dT%H%M%SZ).json"
    run_java "-Xmx512m" org.openjdk.jmh.Main -rf json -rff "$JMH_JSON" "${JMH_ARGS[@]}" \
      'io.nexla.reactive.benchmarks.jmh.*' >&2
    # One JSON object: benchmark name -> score (unit).
    "$JAVA" -cp "$CP" io.nexla.reactive.benchmarks.JmhSummary "$JMH_JSON" | tee "$OUT"
    record jmh "$OUT"
    ;;
  *)
    usage
    ;;
esac
