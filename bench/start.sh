#!/usr/bin/env bash
# start.sh - how fast RoleCompare starts and how much memory it holds, started several ways, next to Spring
# PetClinic in the same run.
#
#   bench/start.sh                         the jar in target/ (built if missing)
#   AOT_JAR=target/aot/rolecompare.jar bench/start.sh   also the variants with Spring's AOT processing
#   PETCLINIC_JAR=/path/to/petclinic.jar bench/start.sh  also PetClinic, for the ratio
#
# For each variant: RUNS fresh starts (default 5), each timed from the launch to the first 200 of the comparison
# page (what the first reader waits for), with the resident memory (VmRSS) once it answers; the median is reported.
# Then one start of each variant under load: WARMUP (30 s) of wrk, then LOAD (60 s) measured, and VmRSS after it,
# with a summary of the GC log (pauses, full collections, the longest pause).
#
# Variants: Java 17 `java -jar`; Java 17 on the extracted jar; Java 17 with a CDS archive made by a training run
# (-XX:ArchiveClassesAtExit, Spring Boot's documented way); Java 25 with its ahead-of-time cache made by a training
# run (JEP 483/514: -XX:AOTCacheOutput, then -XX:AOTCache); the last two again with Spring's AOT processing
# (-Dspring.aot.enabled=true) when AOT_JAR is given; the shipped start (ops/start.sh) with its heap settings.
#
# Environment: JAVA17 (default: java), JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), RUNS, WARMUP,
# LOAD, CONNECTIONS (wrk, default 16), OUT (keep every log there), VARIANTS (an extended regular expression: only the
# variants whose label matches, e.g. VARIANTS='shipped|PetClinic'; default all). Needs curl and wrk (installs wrk with apt-get
# if missing, as root). Everything on 127.0.0.1; every process started is stopped by its pid on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
. bench/lib/common.sh

JAR=${1:-${JAR:-}}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-30s}
LOAD=${LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-16}
PAGE=/compare/call-center-agent-vs-project-manager
if [ -z "$JAR" ]; then
  JAR=$(ls target/rolecompare-*.jar 2>/dev/null | head -n 1 || true)
  [ -n "$JAR" ] || { note "building the jar"; ./mvnw -B -q -DskipTests package; JAR=$(ls target/rolecompare-*.jar | head -n 1); }
fi
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "wrk is missing"; }

WORK=${OUT:-$(mktemp -d /tmp/rolecompare-start.XXXXXX)}
mkdir -p "$WORK/logs"
PID=''
stop() {
  if [ -n "$PID" ] && alive "$PID"; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 150); do alive "$PID" || break; sleep 0.2; done
    kill -KILL "$PID" 2>/dev/null || true
  fi
  PID=''
}
cleanup() { stop; [ -n "${OUT:-}" ] || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# extract JAR DIR: Spring Boot's extracted layout (an application jar with lib/ beside it), as CDS wants it.
extract() {
  rm -rf "$2"
  "$JAVA17" -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
  ls "$2"/*.jar | head -n 1
}

# launch LOGNAME PORT JAVA [options...] -jar JAR: in the background, PID set.
launch() {
  local log=$1 port=$2 java=$3
  shift 3
  "$java" "$@" --server.address=127.0.0.1 --server.port="$port" --rolecompare.request-log.enabled=false \
    >"$WORK/logs/$log.log" 2>&1 &
  PID=$!
}

wanted() { [[ $1 =~ ${VARIANTS:-.} ]]; }

# first_200 PORT: milliseconds from now until the comparison page answers 200 (polled every 20 ms).
first_200_since() {
  local started=$1 port=$2
  for _ in $(seq 1 15000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$PAGE" || true)" = 200 ]; then
      echo $((($(now_us) - started) / 1000))
      return 0
    fi
    alive "$PID" || return 1
    sleep 0.02
  done
  return 1
}

# time_variant LABEL JAVA [options...] -jar JAR: RUNS fresh starts; one line with the medians.
time_variant() {
  local label=$1
  shift
  wanted "$label" || return 0
  local -a times=() rss=()
  for run in $(seq 1 "$RUNS"); do
    local port started ms
    port=$(free_port)
    started=$(now_us)
    launch "$(echo "$label" | tr -c 'A-Za-z0-9\n' '-')-$run" "$port" "$@"
    ms=$(first_200_since "$started" "$port") || { warn "$label did not start (run $run)"; stop; return 0; }
    times+=("$ms")
    rss+=("$(rss_mb "$PID")")
    stop
  done
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${times[@]}" | sort -g | head -n 1)" "$(printf '%s\n' "${times[@]}" | sort -g | tail -n 1)" \
    "$(printf '%s\n' "${rss[@]}" | median)" | tee -a "$WORK/starts.tsv"
}

# load_variant LABEL JAVA [options...] -jar JAR: one start, warm-up, measured load; RSS after it and the GC log.
load_variant() {
  local label=$1 java=$2
  shift 2
  wanted "$label" || return 0
  local port started gclog="$WORK/logs/gc-$(echo "$label" | tr -c 'A-Za-z0-9\n' '-').log"
  port=$(free_port)
  started=$(now_us)
  launch "load-$(echo "$label" | tr -c 'A-Za-z0-9\n' '-')" "$port" "$java" "-Xlog:gc:file=$gclog" "$@"
  first_200_since "$started" "$port" >/dev/null || { warn "$label did not start"; stop; return 0; }
  local start_rss
  start_rss=$(rss_mb "$PID")
  local urls="http://127.0.0.1:$port${LOAD_PATH:-$PAGE?lang=en}"
  timeout 600 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s "$urls" >/dev/null 2>&1 || true
  local out
  out=$(timeout 600 wrk -t2 -c"$CONNECTIONS" -d"$LOAD" --timeout 5s -H 'Accept-Encoding: gzip' "$urls" 2>&1 || true)
  local rps errors
  rps=$(echo "$out" | awk '/Requests\/sec/ { print int($2) }')
  errors=$(echo "$out" | awk '/Socket errors|Non-2xx/ { n = 1 } END { print n + 0 }')
  local after_rss
  after_rss=$(rss_mb "$PID")
  stop
  local pauses full longest oom
  pauses=$(grep -c 'Pause' "$gclog" 2>/dev/null || true)
  full=$(grep -c 'Pause Full' "$gclog" 2>/dev/null || true)
  longest=$(grep -o '[0-9.]*ms$' "$gclog" 2>/dev/null | tr -d 'ms' | sort -g | tail -n 1)
  oom=$(grep -c 'OutOfMemoryError' "$WORK/logs/load-$(echo "$label" | tr -c 'A-Za-z0-9\n' '-').log" || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$start_rss" "$after_rss" "${rps:--}" "$errors" \
    "${pauses:-0}" "${full:-0}" "${longest:--}" "$oom" | tee -a "$WORK/loads.tsv"
}

note "preparing: extracted jar, CDS archive (Java 17), AOT cache (Java 25)"
EXT="$WORK/ext"
APP=$(extract "$JAR" "$EXT")
if wanted "(b) Java 17, CDS"; then
  "$JAVA17" -XX:ArchiveClassesAtExit="$EXT/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
    >"$WORK/logs/cds-training.log" 2>&1 || warn "CDS training run failed: $(tail -n 3 "$WORK/logs/cds-training.log")"
fi
HAVE25=0
if [ -x "$JAVA25" ] && { wanted "(c) Java 25, AOT cache" || wanted "(c) + Spring AOT"; }; then
  "$JAVA25" -XX:AOTCacheOutput="$EXT/app.aot" -Dspring.context.exit=onRefresh -jar "$APP" \
    >"$WORK/logs/aot-training.log" 2>&1 && HAVE25=1 || warn "AOT cache training run failed: $(tail -n 3 "$WORK/logs/aot-training.log")"
fi
if [ -n "${AOT_JAR:-}" ]; then
  EXTA="$WORK/ext-aot"
  APPA=$(extract "$AOT_JAR" "$EXTA")
  if wanted "(b) + Spring AOT"; then
    "$JAVA17" -XX:ArchiveClassesAtExit="$EXTA/app.jsa" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -jar "$APPA" >"$WORK/logs/cds-aot-training.log" 2>&1 || warn "CDS+AOT training failed"
  fi
  if [ "$HAVE25" = 1 ] && wanted "(c) + Spring AOT"; then
    "$JAVA25" -XX:AOTCacheOutput="$EXTA/app.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -jar "$APPA" >"$WORK/logs/aot-aot-training.log" 2>&1 || warn "AOT cache + Spring AOT training failed"
  fi
fi
SHIPPED=()   # the options ops/start.sh picks, with its own cache trained with its own memory settings
if wanted "shipped (ops/start.sh)"; then
  SHIP="$WORK/ship"
  SHIP_APP=$(extract "$JAR" "$SHIP")
  read -r -a SHIPPED <<<"$(ops/start.sh --print-options "$SHIP" 2>"$WORK/logs/shipped-training.log" || true)"
fi

# each_variant MEASURE: MEASURE (time_variant or load_variant) for every variant, in the tables' order.
each_variant() {
  local measure=$1
  "$measure" "(a) Java 17, java -jar" "$JAVA17" -jar "$JAR"
  # the extracted jar alone is a start-time step between (a) and (b); under load it is (a) again
  [ "$measure" = time_variant ] && "$measure" "Java 17, extracted jar" "$JAVA17" -jar "$APP"
  "$measure" "(b) Java 17, CDS" "$JAVA17" -XX:SharedArchiveFile="$EXT/app.jsa" -jar "$APP"
  [ "$HAVE25" = 1 ] && "$measure" "(c) Java 25, AOT cache" "$JAVA25" -XX:AOTCache="$EXT/app.aot" -jar "$APP"
  if [ -n "${AOT_JAR:-}" ]; then
    "$measure" "(b) + Spring AOT" "$JAVA17" -XX:SharedArchiveFile="$EXTA/app.jsa" -Dspring.aot.enabled=true -jar "$APPA"
    [ "$HAVE25" = 1 ] && "$measure" "(c) + Spring AOT" "$JAVA25" -XX:AOTCache="$EXTA/app.aot" -Dspring.aot.enabled=true -jar "$APPA"
  fi
  [ ${#SHIPPED[@]} -gt 0 ] && "$measure" "shipped (ops/start.sh)" "${SHIPPED[@]}" -jar "$SHIP_APP"
  # PetClinic's home page for the start; under load its owner search, a page that reads its database, as ours does
  # when its cache is cold.
  [ -n "${PETCLINIC_JAR:-}" ] && PAGE=/ LOAD_PATH='/owners?lastName=' \
    "$measure" "PetClinic, Java 17, java -jar" "$JAVA17" -jar "$PETCLINIC_JAR"
  return 0
}

note "start time: $RUNS fresh starts of each variant"
printf 'variant\tmedian ms\tmin\tmax\tRSS MB\n' >"$WORK/starts.tsv"
each_variant time_variant

note "memory under load: $WARMUP warm-up, $LOAD measured, $CONNECTIONS connections"
printf 'variant\tRSS after start MB\tRSS after load MB\treq/s\twrk errors\tGC pauses\tfull GCs\tlongest pause ms\tOOM\n' >"$WORK/loads.tsv"
each_variant load_variant

echo
echo "start time (process start to first 200 of $PAGE), median of $RUNS, $(date -u +%Y-%m-%d), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg):"
column -t -s $'\t' "$WORK/starts.tsv"
echo
echo "memory under load:"
column -t -s $'\t' "$WORK/loads.tsv"
