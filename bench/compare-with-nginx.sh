#!/usr/bin/env bash
# compare-with-nginx.sh - how close does RoleCompare come to nginx sending the same bytes?
#
# Usage:  bench/compare-with-nginx.sh [path/to/rolecompare-*.jar]
#
# Without a jar (argument or JAR=...) it builds one with ./mvnw -B -DskipTests package. Then it
#   1. times 5 fresh starts of the app (process start -> first 200 of the comparison page), plus,
#      unless CDS=0, the same for -XX:TieredStopAtLevel=1, the extracted jar and the extracted jar
#      with a Class Data Sharing archive ("with CDS");
#   2. counts the SQL statements one uncached comparison request runs (cache off, SQL logged);
#   3. starts the app with production settings (default JVM, embedded H2) and nginx serving the
#      app's own pages as static, pre-gzipped files, and runs wrk against both alternately:
#      comparison page, filtered comparison, conditional request (If-None-Match), role page, FAQ;
#      all with Accept-Encoding: gzip, at each CONNECTIONS value;
#   4. prints a summary table; the last line is
#      ratio app/nginx (comparison, 64 connections, gzip): X.XX
#
# Environment (defaults; QUICK=1 gives a short smoke run: 2s, 1 round, 1s warm-up, 1 start each):
#   JAR=path           a built jar instead of building one
#   DURATION=10s       one wrk run
#   ROUNDS=3           measured runs per target, alternating app and nginx
#   WARMUP=5s          one unmeasured wrk run per target before each scenario's rounds
#   CONNECTIONS="16 64"
#   THREADS=2          wrk -t
#   WRK_TIMEOUT=5s     a response slower than this counts as a socket error (timeout)
#   SCENARIOS="comparison filtered conditional role faq"
#   START_RUNS=5       fresh starts per start-time variant
#   CDS=1              also time the start variants (C1 only, extracted, with CDS); 0 skips them
#   SQL_COUNT=1        0 skips the SQL statement count
#   START_TIMEOUT=180  seconds to wait for the first 200
#   OUT=dir            keep every raw output (wrk reports, app logs, pages) there
#   JAVA=java          the java command
# Everything runs on 127.0.0.1 only; every process started is stopped on exit, Ctrl-C included.
# See bench/README.md for how to read the output and what it does not tell.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
# shellcheck source=bench/lib/common.sh
. "$BENCH_DIR/lib/common.sh"
# shellcheck source=bench/lib/wrk.sh
. "$BENCH_DIR/lib/wrk.sh"

# --- settings -------------------------------------------------------------------------------------
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
  DURATION=${DURATION:-2s} ROUNDS=${ROUNDS:-1} WARMUP=${WARMUP:-1s} START_RUNS=${START_RUNS:-1}
else
  DURATION=${DURATION:-10s} ROUNDS=${ROUNDS:-3} WARMUP=${WARMUP:-5s} START_RUNS=${START_RUNS:-5}
fi
CONNECTIONS=${CONNECTIONS:-16 64}
THREADS=${THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-5s}
SCENARIOS=${SCENARIOS:-comparison filtered conditional role faq}
CDS=${CDS:-1}
SQL_COUNT=${SQL_COUNT:-1}
START_TIMEOUT=${START_TIMEOUT:-180}
JAVA=${JAVA:-java}
JAR=${1:-${JAR:-}}

DUR_S=$(to_seconds "$DURATION")
WARM_S=$(to_seconds "$WARMUP")
for n in "$ROUNDS" "$THREADS" "$START_RUNS" "$START_TIMEOUT" $CONNECTIONS; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 1 ]; then die "not a positive whole number: '$n'"; fi
done
if [ "$DUR_S" -lt 1 ] || [ "$DUR_S" -gt 600 ]; then die "DURATION must be 1s..600s"; fi
[ "$ROUNDS" -le 50 ] || die "ROUNDS must be 1..50"
for c in $CONNECTIONS; do [ "$c" -ge "$THREADS" ] || die "each CONNECTIONS value must be >= THREADS"; done
for s in $SCENARIOS; do
  case "$s" in comparison | filtered | conditional | role | faq) ;; *) die "unknown scenario '$s'" ;; esac
done

# The pages measured. Chinese, since zh-CN is the site's main language.
PAIR=/compare/call-center-agent-vs-project-manager
COMPARISON_PATH="$PAIR?lang=zh-CN"
FILTERED_PATH="$PAIR?dimension=skills&dimension=kpis&lang=zh-CN"
ROLE_PATH="/roles/project-manager?lang=zh-CN"
FAQ_PATH="/faq?lang=zh-CN"
GZIP_HEADER="Accept-Encoding: gzip"

CLK_TCK=$(getconf CLK_TCK)
NCPU=$(getconf _NPROCESSORS_ONLN)
export CLK_TCK NCPU

# --- working directory and cleanup ------------------------------------------------------------------
if [ -n "${OUT:-}" ]; then
  mkdir -p "$OUT"
  WORK=$(cd "$OUT" && pwd)
  KEEP_WORK=1
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/rolecompare-bench.XXXXXX")
  KEEP_WORK=0
fi
mkdir -p "$WORK/wrk" "$WORK/logs" "$WORK/www" "$WORK/results"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all_started
  if [ "$KEEP_WORK" = 0 ]; then rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- tools ---------------------------------------------------------------------------------------
# Debian packages that give a missing command. Installing needs root; apt-get update is tried
# only when a first install fails (a fresh machine may have no package lists yet).
ensure_tools() {
  local missing=() pkg
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v gzip >/dev/null || missing+=(gzip)
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx-light); fi
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "missing packages: ${missing[*]} (apt-get install -y ${missing[*]} as root)"
    note "installing ${missing[*]}"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2; then
      DEBIAN_FRONTEND=noninteractive apt-get update >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2
    fi
  fi
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  for pkg in wrk curl gzip "$NGINX"; do command -v "$pkg" >/dev/null || die "$pkg not found"; done
  command -v "$JAVA" >/dev/null || die "java not found: install Java 17 (e.g. apt-get install openjdk-17-jdk-headless)"
}

# --- the jar -------------------------------------------------------------------------------------
find_or_build_jar() {
  if [ -n "$JAR" ]; then
    [ -f "$JAR" ] || die "no such jar: $JAR"
  else
    note "building the jar (./mvnw -B -DskipTests package)"
    (cd "$REPO_DIR" && ./mvnw -B -DskipTests package) >&2 || die "the build failed"
    local jars=() j
    for j in "$REPO_DIR"/target/rolecompare-*.jar; do
      case "$j" in *-plain.jar | *.original) ;; *) [ -f "$j" ] && jars+=("$j") ;; esac
    done
    [ ${#jars[@]} -eq 1 ] || die "expected one target/rolecompare-*.jar, found ${#jars[@]}"
    JAR=${jars[0]}
  fi
  JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
}

# --- the app -------------------------------------------------------------------------------------
# wait_for_200 PID URL T0_US : poll URL every 50 ms until it answers 200; sets WAITED_MS, the ms
# since T0_US. Fails if the process exits or START_TIMEOUT passes (the loop is bounded either way).
# It runs in the main shell, not in $(...), so that a TERM or Ctrl-C stops the script at once: bash
# runs a trap only when the foreground command ends, and here that is one curl or one sleep.
wait_for_200() {
  local pid=$1 url=$2 t0=$3 code deadline
  deadline=$(($(now_us) + START_TIMEOUT * 1000000))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null) || true
    if [ "$code" = 200 ]; then
      WAITED_MS=$((($(now_us) - t0) / 1000))
      return 0
    fi
    alive "$pid" || { echo "process $pid exited before answering 200" >&2; return 1; }
    [ "$(now_us)" -lt "$deadline" ] || { echo "no 200 from $url within ${START_TIMEOUT}s" >&2; return 1; }
    sleep 0.05
  done
}

# start_app NAME DIR JAR_PATH [JVM options...] [-- app arguments...]
# Starts java on a free loopback port, waits for the comparison page's first 200.
# Sets APP_PID, APP_PORT, APP_LOG, APP_START_MS.
start_app() {
  local name=$1 dir=$2 jar=$3
  shift 3
  local jvm=() args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  APP_PORT=$(free_port)
  APP_LOG="$WORK/logs/$name.log"
  local t0
  t0=$(now_us)
  launch "$APP_LOG" "$dir" "$JAVA" ${jvm[@]+"${jvm[@]}"} -jar "$jar" \
    --server.port="$APP_PORT" --server.address=127.0.0.1 ${args[@]+"${args[@]}"}
  APP_PID=$LAUNCHED_PID
  if ! wait_for_200 "$APP_PID" "http://127.0.0.1:$APP_PORT$COMPARISON_PATH" "$t0"; then
    tail -n 40 "$APP_LOG" >&2
    die "the app ($name) did not start; log: $APP_LOG"
  fi
  APP_START_MS=$WAITED_MS
}

# Spring Boot's own view of the start: "Started ... in 3.2 seconds (process running for 3.6)".
spring_started_s() {
  sed -n 's/.*Started .* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' "$1" | head -n 1
}

# --- 1. start time ---------------------------------------------------------------------------------
# time_starts LABEL DIR JAR [JVM options...]: START_RUNS fresh starts, each stopped with TERM.
# Appends "label<TAB>median ms<TAB>min<TAB>max<TAB>spring median s<TAB>rss MB" to results/starts.tsv.
time_starts() {
  local label=$1 dir=$2 jar=$3
  shift 3
  local i ms=() spring=() rss=()
  for ((i = 1; i <= START_RUNS; i++)); do
    start_app "start-$(echo "$label" | tr -c 'A-Za-z0-9\n' '-')-$i" "$dir" "$jar" "$@"
    ms+=("$APP_START_MS")
    spring+=("$(spring_started_s "$APP_LOG")")
    rss+=("$(rss_mb "$APP_PID")")
    stop_pid "$APP_PID"
    printf 'start  %-34s run %d: first 200 after %6d ms (Spring: process running for %ss), RSS %s MB\n' \
      "$label" "$i" "$APP_START_MS" "${spring[-1]:-?}" "${rss[-1]}"
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" \
    "$(printf '%s\n' "${ms[@]}" | median)" \
    "$(printf '%s\n' "${ms[@]}" | sort -n | head -n 1)" \
    "$(printf '%s\n' "${ms[@]}" | sort -n | tail -n 1)" \
    "$(printf '%s\n' "${spring[@]}" | grep . | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" >>"$WORK/results/starts.tsv"
}

measure_start_times() {
  note "start time: $START_RUNS fresh start(s) of the jar"
  time_starts "java -jar (default JVM)" "$WORK" "$JAR"
  [ "$CDS" = 1 ] || return 0

  note "start time: -XX:TieredStopAtLevel=1"
  time_starts "java -XX:TieredStopAtLevel=1 -jar" "$WORK" "$JAR" -XX:TieredStopAtLevel=1

  # Spring Boot's documented CDS recipe: extract the jar (lib/ beside a thin jar, which CDS needs:
  # it cannot archive classes from nested jars), one training run that exits once the context is
  # refreshed while the JVM writes the archive, then starts that map the archive.
  note "start time: extracted jar, then with a CDS archive"
  local ext="$WORK/extracted" thin
  rm -rf "$ext"
  if ! "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$ext" >"$WORK/logs/extract.log" 2>&1; then
    warn "jar extraction failed (see $WORK/logs/extract.log): no CDS figures"
    printf 'with CDS\t-\t-\t-\t-\t-\n' >>"$WORK/results/starts.tsv"
    return 0
  fi
  thin="$ext/$(basename "$JAR")"
  [ -f "$thin" ] || die "extraction did not give $thin"
  time_starts "extracted jar (no CDS)" "$ext" "$thin"

  local port
  port=$(free_port)
  if ! (cd "$ext" && timeout "$START_TIMEOUT" "$JAVA" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -jar "$thin" --server.port="$port" --server.address=127.0.0.1) >"$WORK/logs/cds-training.log" 2>&1 ||
    [ ! -s "$ext/app.jsa" ]; then
    warn "the CDS training run made no archive (see $WORK/logs/cds-training.log)"
    printf 'with CDS\t-\t-\t-\t-\t-\n' >>"$WORK/results/starts.tsv"
    return 0
  fi
  time_starts "with CDS" "$ext" "$thin" -XX:SharedArchiveFile=app.jsa
  # An archive the JVM cannot map is silently ignored, apart from a warning: say so.
  if grep -qi 'shared archive\|\[cds\]' "$WORK/logs"/start-with-CDS-*.log 2>/dev/null; then
    warn "the JVM complained about the CDS archive: $(grep -hi 'shared archive\|\[cds\]' "$WORK/logs"/start-with-CDS-*.log | head -n 1)"
  fi
}

# --- 2. SQL statements per uncached request ----------------------------------------------------------
# Wait until the log file stops growing (200 ms without change, at most 5 s): Hibernate logs on the
# request thread, but the last lines may reach the file just after curl has the response.
log_settle() {
  local f=$1 last=-1 size i
  for ((i = 0; i < 25; i++)); do
    size=$(wc -c <"$f")
    [ "$size" = "$last" ] && return 0
    last=$size
    sleep 0.2
  done
}

# The app runs with its cache off (every request reads the database, as the first request after a
# content change does), every SQL statement logged by org.hibernate.SQL and Hibernate's session
# statistics on (logged by StatisticalLoggingSessionEventListener up to Hibernate 6, by the
# org.hibernate.session.metrics logger at DEBUG from Hibernate 7 on: both are switched on). For each measured request: let the log settle, note its size, send the request,
# let it settle again, and count in the bytes written in between
#   - the org.hibernate.SQL lines (one per statement sent to the database), and
#   - the "executing N JDBC statements" of each session's metrics (Hibernate's own count),
# so the two methods check each other. Three requests after two warm-ups must agree.
count_sql() {
  note "SQL statements: app with cache off and SQL logging"
  start_app sql "$WORK" "$JAR" -- \
    --rolecompare.cache-enabled=false \
    --logging.level.org.hibernate.SQL=DEBUG \
    --spring.jpa.properties.hibernate.generate_statistics=true \
    --logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=INFO \
    --logging.level.org.hibernate.session.metrics=DEBUG
  local url="http://127.0.0.1:$APP_PORT$COMPARISON_PATH" i from to seg lines stats sessions code
  for i in 1 2; do curl -s -o /dev/null --max-time 30 "$url" || true; done
  : >"$WORK/results/sql.tsv"
  for i in 1 2 3; do
    log_settle "$APP_LOG"
    from=$(wc -c <"$APP_LOG")
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url") || code=000
    [ "$code" = 200 ] || die "SQL count: the comparison page answered $code"
    log_settle "$APP_LOG"
    to=$(wc -c <"$APP_LOG")
    seg="$WORK/logs/sql-request-$i.log"
    tail -c +"$((from + 1))" "$APP_LOG" | head -c "$((to - from))" >"$seg"
    lines=$(grep -c ' org\.hibernate\.SQL ' "$seg" || true)
    # "N nanoseconds spent executing M JDBC statements" (Hibernate 6) or "N ns executing M JDBC
    # statements" (Hibernate 7), one block per session.
    stats=$(sed -n 's/.* executing \([0-9]*\) JDBC statements.*/\1/p' "$seg" | awk '{ s += $1 } END { print s + 0 }')
    sessions=$(grep -c -E 'Session Metrics|Logging session metrics' "$seg" || true)
    printf '%s\t%s\t%s\n' "$lines" "$stats" "$sessions" >>"$WORK/results/sql.tsv"
    printf 'sql    request %d: %s statements logged by org.hibernate.SQL; Hibernate statistics: %s executed in %s session(s)\n' \
      "$i" "$lines" "$stats" "$sessions"
  done
  stop_pid "$APP_PID"
}

# --- 3. load: app and nginx alternately --------------------------------------------------------------
# Save the exact bytes the app sends for PATH (no Accept-Encoding: the identity body) as FILE in
# nginx's root, plus FILE.gz made by gzip -k -9 for gzip_static.
snapshot_page() {
  local path=$1 file=$2 code
  code=$(curl -s -o "$WORK/www/$file" -w '%{http_code}' --max-time 30 "http://127.0.0.1:$APP_PORT$path") || code=000
  [ "$code" = 200 ] || die "$path answered $code, not 200"
  rm -f "$WORK/www/$file.gz"
  gzip -k -9 "$WORK/www/$file"
}

start_nginx() {
  local prefix="$WORK/nginx" temp="" m
  mkdir -p "$prefix"
  NGINX_PORT=$(free_port)
  # Only the temp paths of modules this nginx has, or it refuses the configuration.
  for m in client_body proxy fastcgi uwsgi scgi; do
    if [ "$m" = client_body ] || ! "$NGINX" -V 2>&1 | grep -q -- "--without-http_${m}_module"; then
      mkdir -p "$prefix/tmp/$m"
      temp+="    ${m}_temp_path $prefix/tmp/$m;"$'\n'
    fi
  done
  awk -v prefix="$prefix" -v root="$WORK/www" -v port="$NGINX_PORT" -v temp="$temp" '
    { gsub(/@PREFIX@/, prefix); gsub(/@ROOT@/, root); gsub(/@PORT@/, port) }
    /^[ \t]*@TEMP_PATHS@[ \t]*$/ { printf "%s", temp; next }
    { print }' "$BENCH_DIR/nginx.conf.template" >"$prefix/nginx.conf"
  "$NGINX" -t -q -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" >&2 ||
    die "nginx rejects $prefix/nginx.conf"
  launch "$WORK/logs/nginx.log" "$prefix" "$NGINX" -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf"
  NGINX_PID=$LAUNCHED_PID
  local code i
  for ((i = 0; i < 100; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$NGINX_PORT/comparison.html" 2>/dev/null) || true
    [ "$code" = 200 ] && break
    alive "$NGINX_PID" || { cat "$prefix/error.log" >&2; die "nginx exited"; }
    sleep 0.05
  done
  [ "$code" = 200 ] || die "nginx does not answer 200 on port $NGINX_PORT"
  # The master plus its workers: they do the work and hold the memory.
  NGINX_PIDS="$NGINX_PID $(children_of "$NGINX_PID" | tr '\n' ' ')"
  read -r -a NGINX_PID_LIST <<<"$NGINX_PIDS"
}

# header_of URL HEADER-NAME [request header]: one response header's value (first match).
header_of() {
  curl -s -D - -o /dev/null --max-time 30 ${3:+-H "$3"} -H "$GZIP_HEADER" "$1" |
    awk -v h="$2" 'BEGIN { h = tolower(h) ":" } tolower($1) == h { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }'
}

# status_of URL [request header]: the status code of one GET with Accept-Encoding: gzip.
status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 30 ${2:+-H "$2"} -H "$GZIP_HEADER" "$1" || echo 000
}

# bench_pair SCENARIO CONNS APP_URL NGINX_URL [APP_HEADER [NGINX_HEADER]]
# A warm-up run against each, then ROUNDS rounds; the order flips every round (app, nginx, then
# nginx, app, ...) so that drift on the machine hits both alike. Every request carries
# Accept-Encoding: gzip, plus the optional extra header of its target (for If-None-Match, whose
# value differs between the two). Results go to results/SCENARIO-CONNS-TARGET.tsv.
bench_pair() {
  local scenario=$1 conns=$2 app_url=$3 nginx_url=$4 app_extra=${5:-} nginx_extra=${6:-}
  local app_h=("$GZIP_HEADER") nginx_h=("$GZIP_HEADER")
  [ -n "$app_extra" ] && app_h+=("$app_extra")
  [ -n "$nginx_extra" ] && nginx_h+=("$nginx_extra")
  local target r order line
  note "$scenario, $conns connections: warm-up ${WARM_S}s each, then $ROUNDS round(s) of ${DUR_S}s"
  if [ "$WARM_S" -gt 0 ]; then
    run_wrk "$WORK/wrk/$scenario-$conns-app-warmup.txt" "$WARM_S" "$conns" "$app_url" "$APP_PID" "${app_h[@]}"
    run_wrk "$WORK/wrk/$scenario-$conns-nginx-warmup.txt" "$WARM_S" "$conns" "$nginx_url" "$NGINX_PIDS" "${nginx_h[@]}"
  fi
  for ((r = 1; r <= ROUNDS; r++)); do
    if [ $((r % 2)) = 1 ]; then order="app nginx"; else order="nginx app"; fi
    for target in $order; do
      if [ "$target" = app ]; then
        run_wrk "$WORK/wrk/$scenario-$conns-app-$r.txt" "$DUR_S" "$conns" "$app_url" "$APP_PID" "${app_h[@]}"
      else
        run_wrk "$WORK/wrk/$scenario-$conns-nginx-$r.txt" "$DUR_S" "$conns" "$nginx_url" "$NGINX_PIDS" "${nginx_h[@]}"
      fi
      line=$WRK_LINE
      printf '%s\n' "$line" >>"$WORK/results/$scenario-$conns-$target.tsv"
      printf '%s\n' "$line" | awk -F'\t' -v s="$scenario" -v c="$conns" -v t="$target" -v r="$r" '
        function f(v, d) { return (v == "-") ? v : sprintf("%." d "f", v) }
        { printf "run    %-11s %3s conn %-5s round %d: %9s req/s  p50 %8s ms  p99 %8s ms  errors %d+%d  %6s B/resp  %5s us CPU/req  other %s cores\n",
            s, c, t, r, f($1, 1), f($2, 2), f($3, 2), $4, $5, $7, $8, $9 }'
    done
  done
}

# Conditional requests: read the ETag each server gives the gzip response, then run wrk with
# If-None-Match: <that ETag>. wrk counts a 304 as a success without telling it from a 200, so curl
# checks the status before and after the load, and the bytes per response (a 304 has no body) show
# it in the table. The app may not send ETags yet: then this says "no ETag" and the run goes on.
CONDITIONAL_NOTE=""
CONDITIONAL_RAN=0
bench_conditional() {
  local conns=$1 app_url=$2 nginx_url=$3 app_etag nginx_etag app_code nginx_code
  app_etag=$(header_of "$app_url" ETag)
  nginx_etag=$(header_of "$nginx_url" ETag)
  if [ -z "$app_etag" ]; then
    CONDITIONAL_NOTE="no ETag: the app sends no ETag header; conditional requests not measured"
    printf 'run    conditional %3s conn: skipped, %s\n' "$conns" "$CONDITIONAL_NOTE"
    return 0
  fi
  [ -n "$nginx_etag" ] || die "nginx sent no ETag for $nginx_url"
  app_code=$(status_of "$app_url" "If-None-Match: $app_etag")
  nginx_code=$(status_of "$nginx_url" "If-None-Match: $nginx_etag")
  CONDITIONAL_NOTE="app ETag $app_etag -> $app_code, nginx ETag $nginx_etag -> $nginx_code"
  [ "$app_code" = 304 ] || CONDITIONAL_NOTE+=" (the app does NOT answer 304: the runs measure full responses)"
  printf 'run    conditional %3s conn: %s\n' "$conns" "$CONDITIONAL_NOTE"
  bench_pair conditional "$conns" "$app_url" "$nginx_url" "If-None-Match: $app_etag" "If-None-Match: $nginx_etag"
  CONDITIONAL_RAN=1
  app_code=$(status_of "$app_url" "If-None-Match: $app_etag")
  [ "$app_code" = 304 ] || CONDITIONAL_NOTE+="; after the load the app answered $app_code"
}

# Check the page is the one measured: six dimension rows unfiltered, two filtered.
check_rows() {
  local file=$1 want=$2 got
  got=$(grep -o 'data-dimension="[^"]*"' "$WORK/www/$file" | sort -u | wc -l)
  [ "$got" = "$want" ] || warn "$file shows $got dimension rows, expected $want"
}

run_load() {
  note "load: starting the app with production settings (default JVM, embedded H2)"
  start_app app "$WORK" "$JAR"
  RSS_APP_START=$(rss_mb "$APP_PID")
  snapshot_page "$COMPARISON_PATH" comparison.html
  snapshot_page "$FILTERED_PATH" filtered.html
  snapshot_page "$ROLE_PATH" role.html
  snapshot_page "$FAQ_PATH" faq.html
  check_rows comparison.html 6
  check_rows filtered.html 2
  start_nginx
  RSS_NGINX_START=$(rss_mb "${NGINX_PID_LIST[@]}")

  local app="http://127.0.0.1:$APP_PORT" nginx="http://127.0.0.1:$NGINX_PORT" enc
  # Both must really send gzip, or the comparison would be of different work.
  for enc in "$app$COMPARISON_PATH" "$nginx/comparison.html"; do
    [ "$(header_of "$enc" Content-Encoding)" = gzip ] || warn "$enc does not answer Content-Encoding: gzip"
  done
  printf 'setup  app   pid %s on %s (first 200 after %s ms), RSS %s MB\n' "$APP_PID" "$app" "$APP_START_MS" "$RSS_APP_START"
  printf 'setup  nginx pids %s on %s, RSS %s MB\n' "$NGINX_PIDS" "$nginx" "$RSS_NGINX_START"
  printf 'setup  page bytes (identity / gzip -9): comparison %s / %s, filtered %s / %s, role %s / %s, faq %s / %s\n' \
    "$(wc -c <"$WORK/www/comparison.html")" "$(wc -c <"$WORK/www/comparison.html.gz")" \
    "$(wc -c <"$WORK/www/filtered.html")" "$(wc -c <"$WORK/www/filtered.html.gz")" \
    "$(wc -c <"$WORK/www/role.html")" "$(wc -c <"$WORK/www/role.html.gz")" \
    "$(wc -c <"$WORK/www/faq.html")" "$(wc -c <"$WORK/www/faq.html.gz")"

  local conns s
  for conns in $CONNECTIONS; do
    for s in $SCENARIOS; do
      case "$s" in
        comparison) bench_pair comparison "$conns" "$app$COMPARISON_PATH" "$nginx/comparison.html" ;;
        filtered) bench_pair filtered "$conns" "$app$FILTERED_PATH" "$nginx/filtered.html" ;;
        conditional) bench_conditional "$conns" "$app$COMPARISON_PATH" "$nginx/comparison.html" ;;
        role) bench_pair role "$conns" "$app$ROLE_PATH" "$nginx/role.html" ;;
        faq) bench_pair faq "$conns" "$app$FAQ_PATH" "$nginx/faq.html" ;;
      esac
    done
  done
  RSS_APP_LOAD=$(rss_mb "$APP_PID")
  RSS_NGINX_LOAD=$(rss_mb "${NGINX_PID_LIST[@]}")
  stop_pid "$NGINX_PID"
  stop_pid "$APP_PID"
}

# --- 4. summary ------------------------------------------------------------------------------------
# One target's medians over its rounds: req/s, p50, p99, then errors summed over the rounds,
# median bytes per response, CPU per request and "other" load.
summarise() {
  local f=$1
  [ -s "$f" ] || { printf -- '-\t-\t-\t-\t-\t-\t-\n'; return; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$(cut -f1 "$f" | median)" "$(cut -f2 "$f" | grep -v '^-$' | median)" "$(cut -f3 "$f" | grep -v '^-$' | median)" \
    "$(awk -F'\t' '{ s += $4 + $5 } END { print s + 0 }' "$f")" \
    "$(cut -f7 "$f" | grep -v '^-$' | median)" "$(cut -f8 "$f" | grep -v '^-$' | median)" "$(cut -f9 "$f" | median)"
}

print_summary() {
  echo
  echo "== RoleCompare vs nginx: $(date -u +%Y-%m-%dT%H:%M:%SZ), $NCPU cores, $(uname -r)"
  echo "   jar $(basename "$JAR"); $("$JAVA" -version 2>&1 | head -n 1); $("$NGINX" -v 2>&1); $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "   wrk -t$THREADS, ${DUR_S}s x $ROUNDS round(s) per target after ${WARM_S}s warm-up, Accept-Encoding: gzip, timeout $WRK_TIMEOUT"
  echo "   medians over rounds; errors = non-2xx/3xx + socket errors, summed over rounds; CPU = server CPU time per request;"
  echo "   other = cores busy with anything but server and wrk (should be near 0: else the machine was not quiet)"
  echo
  printf '%-12s %5s %-6s %10s %9s %9s %7s %7s %8s %6s %8s\n' \
    scenario conns target 'req/s' 'p50 ms' 'p99 ms' errors 'B/resp' 'CPU us' other 'app/ngx'
  local conns s app ngx r
  for conns in $CONNECTIONS; do
    for s in $SCENARIOS; do
      if [ "$s" = conditional ] && [ ! -s "$WORK/results/conditional-$conns-app.tsv" ]; then
        printf '%-12s %5s %s\n' conditional "$conns" "${CONDITIONAL_NOTE:-not run}"
        continue
      fi
      app=$(summarise "$WORK/results/$s-$conns-app.tsv")
      ngx=$(summarise "$WORK/results/$s-$conns-nginx.tsv")
      r=$(ratio "$(cut -f1 <<<"$app")" "$(cut -f1 <<<"$ngx")")
      printf '%s\t%s\n%s\t%s\n' app "$app" nginx "$ngx" | awk -F'\t' -v s="$s" -v c="$conns" -v r="$r" '
        function f(v, d) { return (v == "-") ? v : sprintf("%." d "f", v) }
        { printf "%-12s %5s %-6s %10s %9s %9s %7s %7s %8s %6s%s\n", s, c, $1, f($2, 1), f($3, 2), f($4, 2), $5, $6, f($7, 0), f($8, 2), (NR == 2 ? sprintf(" %8s", r) : "") }'
    done
  done
  if [ "$CONDITIONAL_RAN" = 1 ]; then
    echo "conditional: $CONDITIONAL_NOTE"
  fi

  echo
  echo "start time, process start to first 200 of the comparison page (median of $START_RUNS; Spring's own"
  echo "'process running for', median; RSS right after the first 200):"
  if [ -s "$WORK/results/starts.tsv" ]; then
    awk -F'\t' '{ printf "  %-36s %7s ms (min %s, max %s)   Spring %ss   RSS %s MB\n", $1, $2, $3, $4, $5, $6 }' "$WORK/results/starts.tsv"
  fi
  echo
  echo "resident memory (VmRSS): app ${RSS_APP_START:--} MB after start, ${RSS_APP_LOAD:--} MB after the load;"
  echo "                         nginx (master+workers) ${RSS_NGINX_START:--} MB, ${RSS_NGINX_LOAD:--} MB"
  if [ -s "$WORK/results/sql.tsv" ]; then
    local n_lines n_stats agree
    n_lines=$(cut -f1 "$WORK/results/sql.tsv" | median)
    n_stats=$(cut -f2 "$WORK/results/sql.tsv" | median)
    if [ "$(cut -f1,2 "$WORK/results/sql.tsv" | tr '\t' '\n' | sort -u | wc -l)" = 1 ]; then
      agree="the two counts agree over 3 requests"
    elif [ "$(cut -f2 "$WORK/results/sql.tsv" | sort -u)" = 0 ] && [ "$(cut -f1 "$WORK/results/sql.tsv" | sort -u | wc -l)" = 1 ]; then
      agree="no session metrics found in the log; the SQL log agrees over 3 requests"
    else
      agree="NOT consistent over the 3 requests or between the two counts: see the sql lines above"
    fi
    echo "SQL statements per uncached comparison request: $n_lines (org.hibernate.SQL log lines; Hibernate statistics: $n_stats; $agree)"
  fi

  # The headline: the comparison page at the highest connection count asked for (64 by default).
  local top
  top=$(tr ' ' '\n' <<<"$CONNECTIONS" | grep . | sort -n | tail -n 1)
  if [[ " $SCENARIOS " == *" comparison "* ]]; then
    app=$(cut -f1 "$WORK/results/comparison-$top-app.tsv" | median)
    ngx=$(cut -f1 "$WORK/results/comparison-$top-nginx.tsv" | median)
    r=$(ratio "$app" "$ngx")
  else
    r="-"
  fi
  echo
  echo "ratio app/nginx (comparison, $top connections, gzip): $r"
}

# --- main ------------------------------------------------------------------------------------------
main() {
  ensure_tools
  find_or_build_jar
  note "jar: $JAR; work dir: $WORK$([ "$KEEP_WORK" = 1 ] && echo ' (kept)')"
  [ "$QUICK" = 1 ] && note "QUICK=1: a smoke run, not a measurement"
  measure_start_times
  [ "$SQL_COUNT" = 1 ] && count_sql
  run_load
  print_summary
}

# Run unless sourced (sourcing gives the functions, e.g. to try one part by hand).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main; fi
